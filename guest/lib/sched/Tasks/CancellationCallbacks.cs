using System.Collections.Generic;

namespace System.Threading.Tasks
{
    // Runs one cancellation callback, keeping what it throws unless the caller wants the first throw at once. Kept in
    // System.Threading.Tasks with the lib's other catch clauses: kiln build counts a lib's catch clause only when the
    // app names its namespace (ImageBuilder.AnyCatch), so an app of threads and locks has no exception dispatcher.
    internal static class CancellationCallbacks
    {
        public static void Invoke(CancellationTokenSource.CallbackNode node, bool throwOnFirstException, ref List<Exception> errors)
        {
            try
            {
                node.Invoke();
            }
            catch (Exception e) when (!throwOnFirstException)
            {
                (errors ??= new List<Exception>()).Add(e);
            }
        }
    }
}

namespace System.Reflection
{
    // What a constructor run on the caller's behalf (Activator.CreateInstance<T>, `new T()`) threw, wrapped, as .NET.
    public sealed class TargetInvocationException : Exception
    {
        public TargetInvocationException(Exception inner) : base("Exception has been thrown by the target of an invocation.", inner) { }
        public TargetInvocationException(string message, Exception inner) : base(message, inner) { }
    }
}

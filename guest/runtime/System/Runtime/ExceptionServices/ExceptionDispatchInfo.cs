using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace System.Runtime.ExceptionServices
{
    // Throws an exception again somewhere else (another thread, after an await) keeping the stack trace it had when
    // captured: .NET prints those frames, "--- End of stack trace from previous location ---", then the new ones.
    public sealed class ExceptionDispatchInfo
    {
        private readonly Exception _exception;
        private readonly nuint[] _frames;
        private readonly int _frameCount;

        private ExceptionDispatchInfo(Exception exception)
        {
            _exception = exception;
            _frames = exception.CopyStackFrames(out _frameCount);
        }

        public static ExceptionDispatchInfo Capture(Exception source)
        {
            ArgumentNullException.ThrowIfNull(source);
            return new ExceptionDispatchInfo(source);
        }

        public Exception SourceException => _exception;

        [DoesNotReturn, StackTraceHidden]
        public void Throw()
        {
            _exception.RestoreStackFrames(_frames, _frameCount);
            throw _exception;
        }

        [DoesNotReturn, StackTraceHidden]
        public static void Throw(Exception source) => Capture(source).Throw();
    }
}

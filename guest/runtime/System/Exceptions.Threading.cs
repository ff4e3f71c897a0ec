// Exceptions the sched lib's tasks, timers and cancellation throw, with .NET's messages. (The exception-handling
// work defines the same two in Exceptions.cs: when both meet, keep one.)
namespace System
{
    public class ObjectDisposedException : InvalidOperationException
    {
        private readonly string _objectName;

        public ObjectDisposedException(string objectName) : this(objectName, "Cannot access a disposed object.") { }
        public ObjectDisposedException(string objectName, string message) : base(message ?? "Cannot access a disposed object.") { _objectName = objectName; }
        // (The inner exception is dropped until InvalidOperationException takes one.)
        public ObjectDisposedException(string message, Exception innerException) : base(message ?? "Cannot access a disposed object.") { }

        public string ObjectName => _objectName ?? "";

        public override string Message
        {
            get
            {
                string name = ObjectName;
                return name.Length == 0 ? base.Message : base.Message + "\nObject name: '" + name + "'.";
            }
        }
    }

    public class TimeoutException : SystemException
    {
        public TimeoutException() : base("The operation has timed out.") { }
        public TimeoutException(string message) : base(message ?? "The operation has timed out.") { }
        public TimeoutException(string message, Exception inner) : base(message ?? "The operation has timed out.", inner) { }
    }
}

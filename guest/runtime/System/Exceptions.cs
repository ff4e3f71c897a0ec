namespace System
{
    public unsafe class Exception
    {
        private readonly string _message;
        private readonly Exception _innerException;

        public Exception() { }
        public Exception(string message) { _message = message; }
        public Exception(string message, Exception innerException) { _message = message; _innerException = innerException; }

        public virtual string Message => _message ?? DefaultMessage;
        public Exception InnerException => _innerException;
        internal virtual string DefaultMessage => "Exception of type '" + Kiln.Runtime.Symbols.TypeName(m_pEEType) + "' was thrown.";

        public override string ToString()
        {
            string name = Kiln.Runtime.Symbols.TypeName(m_pEEType);
            string message = Message;
            return string.IsNullOrEmpty(message) ? name : name + ": " + message;
        }
    }

    public class SystemException : Exception
    {
        public SystemException() { }
        public SystemException(string message) : base(message) { }
        public SystemException(string message, Exception inner) : base(message, inner) { }
    }

    public class NullReferenceException : SystemException
    {
        public NullReferenceException() { }
        public NullReferenceException(string message) : base(message) { }
        internal override string DefaultMessage => "Object reference not set to an instance of an object.";
    }

    public class IndexOutOfRangeException : SystemException
    {
        public IndexOutOfRangeException() { }
        public IndexOutOfRangeException(string message) : base(message) { }
        internal override string DefaultMessage => "Index was outside the bounds of the array.";
    }

    public class InvalidCastException : SystemException
    {
        public InvalidCastException() { }
        public InvalidCastException(string message) : base(message) { }
        internal override string DefaultMessage => "Specified cast is not valid.";
    }

    public class ArithmeticException : SystemException
    {
        public ArithmeticException() { }
        public ArithmeticException(string message) : base(message) { }
        internal override string DefaultMessage => "Overflow or underflow in the arithmetic operation.";
    }

    public class DivideByZeroException : ArithmeticException
    {
        public DivideByZeroException() { }
        public DivideByZeroException(string message) : base(message) { }
        internal override string DefaultMessage => "Attempted to divide by zero.";
    }

    public class OverflowException : ArithmeticException
    {
        public OverflowException() { }
        public OverflowException(string message) : base(message) { }
        internal override string DefaultMessage => "Arithmetic operation resulted in an overflow.";
    }

    public class ArgumentException : SystemException
    {
        private readonly string _paramName;
        public ArgumentException() { }
        public ArgumentException(string message) : base(message) { }
        public ArgumentException(string message, string paramName) : base(message) { _paramName = paramName; }
        public virtual string ParamName => _paramName;
        internal override string DefaultMessage => "Value does not fall within the expected range.";
        public override string Message =>
            _paramName == null ? base.Message : base.Message + " (Parameter '" + _paramName + "')";
    }

    public class ArgumentNullException : ArgumentException
    {
        public ArgumentNullException() { }
        public ArgumentNullException(string paramName) : base(null, paramName) { }
        public ArgumentNullException(string paramName, string message) : base(message, paramName) { }
        internal override string DefaultMessage => "Value cannot be null.";
    }

    public class ArgumentOutOfRangeException : ArgumentException
    {
        public ArgumentOutOfRangeException() { }
        public ArgumentOutOfRangeException(string paramName) : base(null, paramName) { }
        public ArgumentOutOfRangeException(string paramName, string message) : base(message, paramName) { }
        internal override string DefaultMessage => "Specified argument was out of the range of valid values.";
    }

    public class InvalidOperationException : SystemException
    {
        public InvalidOperationException() { }
        public InvalidOperationException(string message) : base(message) { }
        internal override string DefaultMessage => "Operation is not valid due to the current state of the object.";
    }

    public class NotSupportedException : SystemException
    {
        public NotSupportedException() { }
        public NotSupportedException(string message) : base(message) { }
        internal override string DefaultMessage => "Specified method is not supported.";
    }

    public class PlatformNotSupportedException : NotSupportedException
    {
        public PlatformNotSupportedException() { }
        public PlatformNotSupportedException(string message) : base(message) { }
        internal override string DefaultMessage => "Operation is not supported on this platform.";
    }

    public class NotImplementedException : SystemException
    {
        public NotImplementedException() { }
        public NotImplementedException(string message) : base(message) { }
        internal override string DefaultMessage => "The method or operation is not implemented.";
    }

    public class FormatException : SystemException
    {
        public FormatException() { }
        public FormatException(string message) : base(message) { }
        internal override string DefaultMessage => "One of the identified items was in an invalid format.";
    }

    public class ArrayTypeMismatchException : SystemException
    {
        public ArrayTypeMismatchException() { }
        internal override string DefaultMessage => "Attempted to access an element as a type incompatible with the array.";
    }

    public class OutOfMemoryException : SystemException
    {
        public OutOfMemoryException() { }
        internal override string DefaultMessage => "Insufficient memory to continue the execution of the program.";
    }

    public class StackOverflowException : SystemException { }

    public class TypeLoadException : SystemException { }

    public class EntryPointNotFoundException : TypeLoadException { }

}

namespace System.Collections.Generic
{
    public class KeyNotFoundException : SystemException
    {
        public KeyNotFoundException() { }
        public KeyNotFoundException(string message) : base(message) { }
        internal override string DefaultMessage => "The given key was not present in the dictionary.";
    }
}

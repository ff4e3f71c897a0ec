using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace System
{
    // Exceptions with .NET's messages, ToString and StackTrace format (docs/runtime.md, "Exceptions"). A type's
    // parameterless constructor passes .NET's default message; a null message falls back to "Exception of type 'T'
    // was thrown." as in .NET.
    public unsafe class Exception
    {
        private readonly string _message;
        private readonly Exception _innerException;

        // The stack trace: the pc of each frame a throw passed through, filled by the dispatcher's first pass
        // (Kiln.Runtime.ExceptionHandling), innermost first.
        private nuint[] _frames;
        private int _frameCount;
        // Set by ExceptionDispatchInfo.Throw: the next throw goes on with the frames restored instead of clearing them.
        private bool _keepFramesOnThrow;
        private Collections.IDictionary _data;

        public Exception() { }
        public Exception(string message) { _message = message; }
        public Exception(string message, Exception innerException) { _message = message; _innerException = innerException; }

        public virtual string Message => _message ?? "Exception of type '" + ClassName + "' was thrown.";
        public Exception InnerException => _innerException;
        public int HResult { get; set; } = unchecked((int)0x80131500);
        public virtual string Source { get; set; }
        public virtual string HelpLink { get; set; }

        // Key/value pairs the app attaches; keys may not be null, as .NET's ListDictionaryInternal requires.
        public virtual Collections.IDictionary Data => _data ??= new Collections.ListDictionaryInternal();

        public virtual Exception GetBaseException()
        {
            Exception e = this;
            while (e._innerException != null) e = e._innerException;
            return e;
        }

        private string ClassName => Kiln.Runtime.Symbols.TypeName(m_pEEType);

        // "   at Namespace.Type.Method(Type name, ...)" per frame, or null for an exception never thrown.
        public virtual string StackTrace => _frameCount == 0 ? null : Kiln.Runtime.StackTraceText.Format(_frames, _frameCount);

        public override string ToString()
        {
            string s = ClassName;
            string message = Message;
            if (!string.IsNullOrEmpty(message)) s = s + ": " + message;
            if (_innerException != null)
                s = s + "\n ---> " + _innerException.ToString() + "\n   --- End of inner exception stack trace ---";
            string stackTrace = StackTrace;
            if (stackTrace != null) s = s + "\n" + stackTrace;
            return s;
        }

        // Kept by the dispatcher (Kiln.Runtime.ExceptionHandling): a throw starts a new stack trace, `throw;` goes on
        // with the old one.
        internal void ClearStackTrace()
        {
            if (_keepFramesOnThrow) _keepFramesOnThrow = false;
            else _frameCount = 0;
        }

        // ExceptionDispatchInfo: a copy of the frames so far, and putting them back followed by the separator that
        // .NET prints as "--- End of stack trace from previous location ---" (the frame 0).
        internal nuint[] CopyStackFrames(out int count)
        {
            count = _frameCount;
            if (count == 0) return null;
            var copy = new nuint[count];
            for (int i = 0; i < count; i++) copy[i] = _frames[i];
            return copy;
        }

        internal void RestoreStackFrames(nuint[] frames, int count)
        {
            _frameCount = 0;
            for (int i = 0; i < count; i++) AppendStackFrame(frames[i]);
            if (count > 0) AppendStackFrame(0);
            _keepFramesOnThrow = true;
        }
        internal int StackFrameCount => _frameCount;
        internal nuint LastStackFrame => _frames[_frameCount - 1];
        internal void ReplaceLastStackFrame(nuint pc) => _frames[_frameCount - 1] = pc;

        internal void AppendStackFrame(nuint pc)
        {
            if (_frames == null || _frameCount == _frames.Length)
            {
                var grown = new nuint[_frames == null ? 8 : _frames.Length * 2];
                for (int i = 0; i < _frameCount; i++) grown[i] = _frames[i];
                _frames = grown;
            }
            _frames[_frameCount++] = pc;
        }
    }

    public class SystemException : Exception
    {
        public SystemException() : base("System error.") { HResult = unchecked((int)0x80131501); }
        public SystemException(string message) : base(message) { HResult = unchecked((int)0x80131501); }
        public SystemException(string message, Exception inner) : base(message, inner) { HResult = unchecked((int)0x80131501); }
    }

    public class ApplicationException : Exception
    {
        public ApplicationException() : base("Error in the application.") { }
        public ApplicationException(string message) : base(message) { }
        public ApplicationException(string message, Exception inner) : base(message, inner) { }
    }

    public class NullReferenceException : SystemException
    {
        public NullReferenceException() : base("Object reference not set to an instance of an object.") { }
        public NullReferenceException(string message) : base(message ?? "Object reference not set to an instance of an object.") { }
        public NullReferenceException(string message, Exception inner) : base(message ?? "Object reference not set to an instance of an object.", inner) { }
    }

    public class IndexOutOfRangeException : SystemException
    {
        public IndexOutOfRangeException() : base("Index was outside the bounds of the array.") { }
        public IndexOutOfRangeException(string message) : base(message ?? "Index was outside the bounds of the array.") { }
        public IndexOutOfRangeException(string message, Exception inner) : base(message ?? "Index was outside the bounds of the array.", inner) { }
    }

    public class InvalidCastException : SystemException
    {
        public InvalidCastException() : base("Specified cast is not valid.") { }
        public InvalidCastException(string message) : base(message ?? "Specified cast is not valid.") { }
        public InvalidCastException(string message, Exception inner) : base(message ?? "Specified cast is not valid.", inner) { }
    }

    public class ArithmeticException : SystemException
    {
        public ArithmeticException() : base("Overflow or underflow in the arithmetic operation.") { }
        public ArithmeticException(string message) : base(message ?? "Overflow or underflow in the arithmetic operation.") { }
        public ArithmeticException(string message, Exception inner) : base(message ?? "Overflow or underflow in the arithmetic operation.", inner) { }
    }

    public class DivideByZeroException : ArithmeticException
    {
        public DivideByZeroException() : base("Attempted to divide by zero.") { }
        public DivideByZeroException(string message) : base(message ?? "Attempted to divide by zero.") { }
        public DivideByZeroException(string message, Exception inner) : base(message ?? "Attempted to divide by zero.", inner) { }
    }

    public class OverflowException : ArithmeticException
    {
        public OverflowException() : base("Arithmetic operation resulted in an overflow.") { }
        public OverflowException(string message) : base(message ?? "Arithmetic operation resulted in an overflow.") { }
        public OverflowException(string message, Exception inner) : base(message ?? "Arithmetic operation resulted in an overflow.", inner) { }
    }

    public class ArgumentException : SystemException
    {
        private readonly string _paramName;
        public ArgumentException() : base("Value does not fall within the expected range.") { }
        public ArgumentException(string message) : base(message ?? "Value does not fall within the expected range.") { }
        public ArgumentException(string message, Exception inner) : base(message ?? "Value does not fall within the expected range.", inner) { }
        public ArgumentException(string message, string paramName) : base(message ?? "Value does not fall within the expected range.") { _paramName = paramName; }
        public ArgumentException(string message, string paramName, Exception inner) : base(message ?? "Value does not fall within the expected range.", inner) { _paramName = paramName; }
        public virtual string ParamName => _paramName;
        public override string Message =>
            string.IsNullOrEmpty(_paramName) ? base.Message : base.Message + " (Parameter '" + _paramName + "')";

        public static void ThrowIfNullOrEmpty(string argument, [CallerArgumentExpression(nameof(argument))] string paramName = null)
        {
            if (argument == null) throw new ArgumentNullException(paramName);
            if (argument.Length == 0) throw new ArgumentException("The value cannot be an empty string.", paramName);
        }

        public static void ThrowIfNullOrWhiteSpace(string argument, [CallerArgumentExpression(nameof(argument))] string paramName = null)
        {
            if (argument == null) throw new ArgumentNullException(paramName);
            if (string.IsNullOrWhiteSpace(argument)) throw new ArgumentException("The value cannot be an empty string or composed entirely of whitespace.", paramName);
        }
    }

    public class ArgumentNullException : ArgumentException
    {
        public ArgumentNullException() : base("Value cannot be null.") { }
        public ArgumentNullException(string paramName) : base("Value cannot be null.", paramName) { }
        public ArgumentNullException(string paramName, string message) : base(message ?? "Value cannot be null.", paramName) { }
        public ArgumentNullException(string message, Exception innerException) : base(message ?? "Value cannot be null.", innerException) { }

        public static void ThrowIfNull(object argument, [CallerArgumentExpression(nameof(argument))] string paramName = null)
        {
            if (argument == null) throw new ArgumentNullException(paramName);
        }
    }

    public class ArgumentOutOfRangeException : ArgumentException
    {
        private readonly object _actualValue;
        public ArgumentOutOfRangeException() : base("Specified argument was out of the range of valid values.") { }
        public ArgumentOutOfRangeException(string paramName) : base("Specified argument was out of the range of valid values.", paramName) { }
        public ArgumentOutOfRangeException(string paramName, string message) : base(message ?? "Specified argument was out of the range of valid values.", paramName) { }
        public ArgumentOutOfRangeException(string message, Exception innerException) : base(message ?? "Specified argument was out of the range of valid values.", innerException) { }
        public ArgumentOutOfRangeException(string paramName, object actualValue, string message) : base(message ?? "Specified argument was out of the range of valid values.", paramName) { _actualValue = actualValue; }
        public virtual object ActualValue => _actualValue;

        public override string Message
        {
            get
            {
                string s = base.Message;
                if (_actualValue == null) return s;
                string value = "Actual value was " + _actualValue.ToString() + ".";
                return s == null ? value : s + "\n" + value;
            }
        }

        public static void ThrowIfNegative(int value, [CallerArgumentExpression(nameof(value))] string paramName = null) { if (value < 0) Throw(paramName, value, value.ToString(), "must be a non-negative value."); }
        public static void ThrowIfNegative(long value, [CallerArgumentExpression(nameof(value))] string paramName = null) { if (value < 0) Throw(paramName, value, value.ToString(), "must be a non-negative value."); }
        public static void ThrowIfNegative(double value, [CallerArgumentExpression(nameof(value))] string paramName = null) { if (value < 0) Throw(paramName, value, value.ToString(), "must be a non-negative value."); }
        public static void ThrowIfZero(int value, [CallerArgumentExpression(nameof(value))] string paramName = null) { if (value == 0) Throw(paramName, value, value.ToString(), "must be a non-zero value."); }
        public static void ThrowIfZero(long value, [CallerArgumentExpression(nameof(value))] string paramName = null) { if (value == 0) Throw(paramName, value, value.ToString(), "must be a non-zero value."); }
        public static void ThrowIfZero(double value, [CallerArgumentExpression(nameof(value))] string paramName = null) { if (value == 0) Throw(paramName, value, value.ToString(), "must be a non-zero value."); }
        public static void ThrowIfNegativeOrZero(int value, [CallerArgumentExpression(nameof(value))] string paramName = null) { if (value <= 0) Throw(paramName, value, value.ToString(), "must be a non-negative and non-zero value."); }
        public static void ThrowIfNegativeOrZero(long value, [CallerArgumentExpression(nameof(value))] string paramName = null) { if (value <= 0) Throw(paramName, value, value.ToString(), "must be a non-negative and non-zero value."); }
        public static void ThrowIfNegativeOrZero(double value, [CallerArgumentExpression(nameof(value))] string paramName = null) { if (value <= 0) Throw(paramName, value, value.ToString(), "must be a non-negative and non-zero value."); }

        public static void ThrowIfEqual<T>(T value, T other, [CallerArgumentExpression(nameof(value))] string paramName = null) where T : IEquatable<T>
        {
            if (value == null ? other == null : value.Equals(other)) Throw(paramName, value, Text(value), "must not be equal to '" + Text(other) + "'.");
        }

        public static void ThrowIfNotEqual<T>(T value, T other, [CallerArgumentExpression(nameof(value))] string paramName = null) where T : IEquatable<T>
        {
            if (!(value == null ? other == null : value.Equals(other))) Throw(paramName, value, Text(value), "must be equal to '" + Text(other) + "'.");
        }

        public static void ThrowIfGreaterThan<T>(T value, T other, [CallerArgumentExpression(nameof(value))] string paramName = null) where T : IComparable<T>
        {
            if (value.CompareTo(other) > 0) Throw(paramName, value, Text(value), "must be less than or equal to '" + Text(other) + "'.");
        }

        public static void ThrowIfGreaterThanOrEqual<T>(T value, T other, [CallerArgumentExpression(nameof(value))] string paramName = null) where T : IComparable<T>
        {
            if (value.CompareTo(other) >= 0) Throw(paramName, value, Text(value), "must be less than '" + Text(other) + "'.");
        }

        public static void ThrowIfLessThan<T>(T value, T other, [CallerArgumentExpression(nameof(value))] string paramName = null) where T : IComparable<T>
        {
            if (value.CompareTo(other) < 0) Throw(paramName, value, Text(value), "must be greater than or equal to '" + Text(other) + "'.");
        }

        public static void ThrowIfLessThanOrEqual<T>(T value, T other, [CallerArgumentExpression(nameof(value))] string paramName = null) where T : IComparable<T>
        {
            if (value.CompareTo(other) <= 0) Throw(paramName, value, Text(value), "must be greater than '" + Text(other) + "'.");
        }

        private static string Text<T>(T value) => value == null ? "" : value.ToString();

        // .NET's "{name} ('{value}') must ..." with the value again below it.
        private static void Throw(string paramName, object value, string text, string must) =>
            throw new ArgumentOutOfRangeException(paramName, value, paramName + " ('" + text + "') " + must);
    }

    public class InvalidOperationException : SystemException
    {
        public InvalidOperationException() : base("Operation is not valid due to the current state of the object.") { }
        public InvalidOperationException(string message) : base(message ?? "Operation is not valid due to the current state of the object.") { }
        public InvalidOperationException(string message, Exception inner) : base(message ?? "Operation is not valid due to the current state of the object.", inner) { }
    }

    public unsafe class ObjectDisposedException : InvalidOperationException
    {
        private readonly string _objectName;
        public ObjectDisposedException(string objectName) : this(objectName, "Cannot access a disposed object.") { }
        public ObjectDisposedException(string objectName, string message) : base(message ?? "Cannot access a disposed object.") { _objectName = objectName; }
        public ObjectDisposedException(string message, Exception innerException) : base(message ?? "Cannot access a disposed object.", innerException) { }
        public string ObjectName => _objectName ?? "";

        public override string Message
        {
            get
            {
                string name = ObjectName;
                if (name.Length == 0) return base.Message;
                return base.Message + "\nObject name: '" + name + "'.";
            }
        }

        public static void ThrowIf(bool condition, object instance)
        {
            if (condition) throw new ObjectDisposedException(instance == null ? null : Kiln.Runtime.Symbols.TypeName(instance.GetMethodTable()));
        }
    }

    public class NotSupportedException : SystemException
    {
        public NotSupportedException() : base("Specified method is not supported.") { }
        public NotSupportedException(string message) : base(message ?? "Specified method is not supported.") { }
        public NotSupportedException(string message, Exception inner) : base(message ?? "Specified method is not supported.", inner) { }
    }

    public class PlatformNotSupportedException : NotSupportedException
    {
        public PlatformNotSupportedException() : base("Operation is not supported on this platform.") { }
        public PlatformNotSupportedException(string message) : base(message ?? "Operation is not supported on this platform.") { }
        public PlatformNotSupportedException(string message, Exception inner) : base(message ?? "Operation is not supported on this platform.", inner) { }
    }

    public class NotImplementedException : SystemException
    {
        public NotImplementedException() : base("The method or operation is not implemented.") { }
        public NotImplementedException(string message) : base(message ?? "The method or operation is not implemented.") { }
        public NotImplementedException(string message, Exception inner) : base(message ?? "The method or operation is not implemented.", inner) { }
    }

    public class FormatException : SystemException
    {
        public FormatException() : base("One of the identified items was in an invalid format.") { }
        public FormatException(string message) : base(message ?? "One of the identified items was in an invalid format.") { }
        public FormatException(string message, Exception inner) : base(message ?? "One of the identified items was in an invalid format.", inner) { }
    }

    public class TimeoutException : SystemException
    {
        public TimeoutException() : base("The operation has timed out.") { }
        public TimeoutException(string message) : base(message ?? "The operation has timed out.") { }
        public TimeoutException(string message, Exception inner) : base(message ?? "The operation has timed out.", inner) { }
    }

    public class UnauthorizedAccessException : SystemException
    {
        public UnauthorizedAccessException() : base("Attempted to perform an unauthorized operation.") { }
        public UnauthorizedAccessException(string message) : base(message ?? "Attempted to perform an unauthorized operation.") { }
        public UnauthorizedAccessException(string message, Exception inner) : base(message ?? "Attempted to perform an unauthorized operation.", inner) { }
    }

    public class RankException : SystemException
    {
        public RankException() : base("Attempted to operate on an array with the incorrect number of dimensions.") { }
        public RankException(string message) : base(message ?? "Attempted to operate on an array with the incorrect number of dimensions.") { }
    }

    public class ArrayTypeMismatchException : SystemException
    {
        public ArrayTypeMismatchException() : base("Attempted to access an element as a type incompatible with the array.") { }
        public ArrayTypeMismatchException(string message) : base(message ?? "Attempted to access an element as a type incompatible with the array.") { }
    }

    public class OutOfMemoryException : SystemException
    {
        public OutOfMemoryException() : base("Insufficient memory to continue the execution of the program.") { }
        public OutOfMemoryException(string message) : base(message ?? "Insufficient memory to continue the execution of the program.") { }
    }

    public sealed class StackOverflowException : SystemException
    {
        public StackOverflowException() : base("Operation caused a stack overflow.") { }
    }

    public class TypeLoadException : SystemException
    {
        public TypeLoadException() : base("Failure has occurred while loading a type.") { }
        public TypeLoadException(string message) : base(message ?? "Failure has occurred while loading a type.") { }
    }

    public class MemberAccessException : SystemException
    {
        public MemberAccessException() : base("Cannot access member.") { }
        public MemberAccessException(string message) : base(message ?? "Cannot access member.") { }
    }

    public class MissingMemberException : MemberAccessException
    {
        public MissingMemberException() : base("Attempted to access a missing member.") { }
        public MissingMemberException(string message) : base(message ?? "Attempted to access a missing member.") { }
    }

    public class MissingMethodException : MissingMemberException
    {
        public MissingMethodException() : base("Attempted to access a missing method.") { }
        public MissingMethodException(string message) : base(message ?? "Attempted to access a missing method.") { }
    }

    public class EntryPointNotFoundException : TypeLoadException
    {
        public EntryPointNotFoundException() : base("Entry point was not found.") { }
        public EntryPointNotFoundException(string message) : base(message ?? "Entry point was not found.") { }
    }

    // A class constructor's exception, as every later use of the class sees it.
    public sealed class TypeInitializationException : SystemException
    {
        private readonly string _typeName;
        public TypeInitializationException(string fullTypeName, Exception innerException)
            : base("The type initializer for '" + fullTypeName + "' threw an exception.", innerException) { _typeName = fullTypeName; }
        public string TypeName => _typeName ?? "";
    }
}

namespace System.Collections.Generic
{
    public class KeyNotFoundException : SystemException
    {
        public KeyNotFoundException() : base("The given key was not present in the dictionary.") { }
        public KeyNotFoundException(string message) : base(message ?? "The given key was not present in the dictionary.") { }
        public KeyNotFoundException(string message, Exception inner) : base(message ?? "The given key was not present in the dictionary.", inner) { }
    }
}

namespace System.IO
{
    public class IOException : SystemException
    {
        public IOException() : base("I/O error occurred.") { }
        public IOException(string message) : base(message) { }
        public IOException(string message, Exception inner) : base(message, inner) { }
    }

    public class InvalidDataException : SystemException
    {
        public InvalidDataException() : base("Found invalid data while decoding.") { }
        public InvalidDataException(string message) : base(message ?? "Found invalid data while decoding.") { }
        public InvalidDataException(string message, Exception inner) : base(message ?? "Found invalid data while decoding.", inner) { }
    }
}

namespace System.Diagnostics
{
    // Frames of methods (or of every method of a type) with this attribute are left out of stack traces: kiln build
    // marks their symbols (docs/image.md).
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Struct, Inherited = false)]
    public sealed class StackTraceHiddenAttribute : Attribute { }
}

namespace System.Runtime.CompilerServices
{
    [AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
    public sealed class CallerArgumentExpressionAttribute : Attribute
    {
        public CallerArgumentExpressionAttribute(string parameterName) { ParameterName = parameterName; }
        public string ParameterName { get; }
    }
}

using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace System
{
    // Out-of-line throws keep the callers small; stack traces start at their callers, as .NET's do.
    [StackTraceHidden]
    internal static class ThrowHelpers
    {
        [DoesNotReturn] public static void ThrowIndexOutOfRange() => throw new IndexOutOfRangeException();
        [DoesNotReturn] public static void ThrowArgumentNull(string name) => throw new ArgumentNullException(name);
        [DoesNotReturn] public static void ThrowArgumentOutOfRange(string name) => throw new ArgumentOutOfRangeException(name);
        [DoesNotReturn] public static void ThrowArgument(string message) => throw new ArgumentException(message);
        [DoesNotReturn] public static void ThrowInvalidOperation(string message) => throw new InvalidOperationException(message);
        [DoesNotReturn] public static void ThrowFormat(string message) => throw new FormatException(message);
        [DoesNotReturn] public static void ThrowOverflow() => throw new OverflowException();
        [DoesNotReturn] public static void ThrowArrayTypeMismatch() => throw new ArrayTypeMismatchException();
        [DoesNotReturn] public static void ThrowKeyNotFound(string key) =>
            throw new System.Collections.Generic.KeyNotFoundException("The given key '" + key + "' was not present in the dictionary.");
    }
}

namespace Internal.Runtime.CompilerHelpers
{
    // ilc calls these from generated code (bounds checks, checked arithmetic, failed casts of generic lookups ...).
    [System.Diagnostics.StackTraceHidden]
    internal static class ThrowHelpers
    {
        internal static void ThrowNullReferenceException() => throw new System.NullReferenceException();
        internal static void ThrowIndexOutOfRangeException() => throw new System.IndexOutOfRangeException();
        internal static void ThrowDivideByZeroException() => throw new System.DivideByZeroException();
        internal static void ThrowOverflowException() => throw new System.OverflowException();
        internal static void ThrowArgumentException() => throw new System.ArgumentException();
        internal static void ThrowArgumentOutOfRangeException() => throw new System.ArgumentOutOfRangeException();
        internal static void ThrowArrayTypeMismatchException() => throw new System.ArrayTypeMismatchException();
        internal static void ThrowPlatformNotSupportedException() => throw new System.PlatformNotSupportedException();
        internal static void ThrowNotImplementedException() => throw new System.NotImplementedException();
        internal static void ThrowNotSupportedException() => throw new System.NotSupportedException();
        internal static void ThrowTypeLoadException(int id, string className, string typeName) => throw new System.TypeLoadException();
        internal static void ThrowTypeLoadExceptionWithArgument(int id, string className, string typeName, string messageArg) => throw new System.TypeLoadException();
        internal static void ThrowMissingMethodException(int id, string methodName) => throw new System.TypeLoadException();
        internal static void ThrowMissingFieldException(int id, string fieldName) => throw new System.TypeLoadException();
        internal static void ThrowFileNotFoundException(int id, string fileName) => throw new System.TypeLoadException();
        internal static void ThrowInvalidProgramException(int id) => throw new System.TypeLoadException();
        internal static void ThrowInvalidProgramExceptionWithArgument(int id, string methodName) => throw new System.TypeLoadException();
        internal static void ThrowBadImageFormatException(int id) => throw new System.TypeLoadException();
        internal static void ThrowMarshalDirectiveException(int id) => throw new System.TypeLoadException();
        internal static void ThrowAmbiguousMatchException(int id) => throw new System.TypeLoadException();
        internal static void ThrowBodyRemoved() => throw new System.NotSupportedException("This code was removed from the image.");
        internal static void ThrowFeatureBodyRemoved() => throw new System.NotSupportedException("This feature was removed from the image.");
        internal static void ThrowInstanceBodyRemoved() => throw new System.NotSupportedException("This code was removed from the image.");
        internal static void ThrowUnavailableType() => throw new System.TypeLoadException();
        internal static void ThrowVerificationException(int ilOffset) => throw new System.TypeLoadException();
    }
}

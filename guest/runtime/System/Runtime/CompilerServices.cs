// Attributes and intrinsics that the C# compiler and ilc look up by name in the core library.
namespace System.Runtime.CompilerServices
{
    public sealed class IntrinsicAttribute : Attribute { }
    public sealed class IsVolatile { }
    public sealed class IsConst { }
    public sealed class IsByRefLikeAttribute : Attribute { }
    public sealed class IsReadOnlyAttribute : Attribute { }
    public sealed class IsUnmanagedAttribute : Attribute { }
    public sealed class ScopedRefAttribute : Attribute { }
    public sealed class RequiresLocationAttribute : Attribute { }
    public sealed class ExtensionAttribute : Attribute { }
    public sealed class CompilerGeneratedAttribute : Attribute { }
    public sealed class NullableAttribute : Attribute { public NullableAttribute(byte b) { } public NullableAttribute(byte[] b) { } }
    public sealed class NullableContextAttribute : Attribute { public NullableContextAttribute(byte b) { } }
    public sealed class RefSafetyRulesAttribute : Attribute { public RefSafetyRulesAttribute(int version) { } }
    public sealed class IsExternalInit { }
    public sealed class ParamCollectionAttribute : Attribute { }
    public sealed class InlineArrayAttribute : Attribute { public InlineArrayAttribute(int length) { } }
    public sealed class TupleElementNamesAttribute : Attribute { public TupleElementNamesAttribute(string[] names) { } }
    public sealed class CallerMemberNameAttribute : Attribute { }
    public sealed class CallerFilePathAttribute : Attribute { }
    public sealed class CallerLineNumberAttribute : Attribute { }
    public sealed class IteratorStateMachineAttribute : Attribute { public IteratorStateMachineAttribute(Type t) { } }
    public sealed class InterpolatedStringHandlerAttribute : Attribute { }
    public sealed class SkipLocalsInitAttribute : Attribute { }
    public sealed class FixedBufferAttribute : Attribute { public FixedBufferAttribute(Type elementType, int length) { } }
    public sealed class IndexerNameAttribute : Attribute { public IndexerNameAttribute(string indexerName) { } }
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
    public sealed class InternalsVisibleToAttribute : Attribute { public InternalsVisibleToAttribute(string assemblyName) { } }
    public sealed class EagerStaticClassConstructionAttribute : Attribute { }
    public sealed class ModuleInitializerAttribute : Attribute { }
    // `required` members: the compiler marks the type and member and guards the constructors with these.
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Field | AttributeTargets.Property, Inherited = false)]
    public sealed class RequiredMemberAttribute : Attribute { }
    [AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = false)]
    public sealed class CompilerFeatureRequiredAttribute : Attribute
    {
        public const string RefStructs = nameof(RefStructs);
        public const string RequiredMembers = nameof(RequiredMembers);
        public CompilerFeatureRequiredAttribute(string featureName) { FeatureName = featureName; }
        public string FeatureName { get; }
        public bool IsOptional { get; init; }
    }

    public static class RuntimeFeature
    {
        public const string ByRefFields = nameof(ByRefFields);
        public const string ByRefLikeGenerics = nameof(ByRefLikeGenerics);
        public const string DefaultImplementationsOfInterfaces = nameof(DefaultImplementationsOfInterfaces);
        public const string NumericIntPtr = nameof(NumericIntPtr);
        public const string UnmanagedSignatureCallingConvention = nameof(UnmanagedSignatureCallingConvention);
        public const string VirtualStaticsInInterfaces = nameof(VirtualStaticsInInterfaces);
    }

    public enum MethodImplOptions
    {
        Unmanaged = 4, NoInlining = 8, ForwardRef = 16, Synchronized = 32, NoOptimization = 64, PreserveSig = 128,
        AggressiveInlining = 256, AggressiveOptimization = 512, InternalCall = 4096,
    }

    public sealed class MethodImplAttribute : Attribute
    {
        public MethodImplAttribute(MethodImplOptions options) { }
    }

    public static partial class RuntimeHelpers
    {
        // ilc expands this to a constant per instantiation.
        [Intrinsic]
        public static bool IsReferenceOrContainsReferences<T>() => throw null;

        public static unsafe int GetHashCode(object o)
        {
            // Objects never move (no compacting collector), so the address is a stable identity hash.
            nint a = (nint)Unsafe.AsPointer(ref Unsafe.As<object, byte>(ref o));
            a = *(nint*)a;
            return (int)a ^ (int)(a >> 32);
        }

        public static int OffsetToStringData => 12;

        // Array and span initializers from static data: ilc expands both at compile time.
        [Intrinsic]
        public static void InitializeArray(Array array, RuntimeFieldHandle fldHandle) =>
            throw new PlatformNotSupportedException("array initializer that ilc could not expand");

        [Intrinsic]
        public static ReadOnlySpan<T> CreateSpan<T>(RuntimeFieldHandle fldHandle) =>
            throw new PlatformNotSupportedException("span initializer that ilc could not expand");
    }

    // ilc supplies the IL bodies of these methods.
    public static unsafe class Unsafe
    {
        [Intrinsic] public static void* AsPointer<T>(ref T value) => throw null;
        [Intrinsic] public static int SizeOf<T>() => throw null;
        [Intrinsic] public static T As<T>(object o) where T : class => throw null;
        [Intrinsic] public static ref TTo As<TFrom, TTo>(ref TFrom source) => throw null;
        [Intrinsic] public static ref T AsRef<T>(void* source) => throw null;
        [Intrinsic] public static ref T AsRef<T>(ref readonly T source) => throw null;
        [Intrinsic] public static ref T Add<T>(ref T source, int elementOffset) => throw null;
        [Intrinsic] public static ref T Add<T>(ref T source, nint elementOffset) => throw null;
        [Intrinsic] public static ref T AddByteOffset<T>(ref T source, nint byteOffset) => throw null;
        [Intrinsic] public static bool AreSame<T>(ref T left, ref T right) => throw null;
        [Intrinsic] public static T Read<T>(void* source) => throw null;
        [Intrinsic] public static void Write<T>(void* destination, T value) => throw null;
        [Intrinsic] public static ref T NullRef<T>() => throw null;
        [Intrinsic] public static bool IsNullRef<T>(ref readonly T source) => throw null;
        [Intrinsic] public static void SkipInit<T>(out T value) => throw null;
    }
}

namespace System.Runtime.InteropServices
{
    public enum LayoutKind { Sequential = 0, Explicit = 2, Auto = 3 }
    public enum CharSet { None = 1, Ansi = 2, Unicode = 3, Auto = 4 }

    public sealed class StructLayoutAttribute : Attribute
    {
        public StructLayoutAttribute(LayoutKind layoutKind) { }
        public int Pack;
        public int Size;
        public CharSet CharSet;
    }

    public sealed class FieldOffsetAttribute : Attribute { public FieldOffsetAttribute(int offset) { } }
    public sealed class InAttribute : Attribute { }
    public sealed class OutAttribute : Attribute { }
    public sealed class OptionalAttribute : Attribute { }

    public sealed class UnmanagedCallersOnlyAttribute : Attribute
    {
        public string EntryPoint;
        public Type[] CallConvs;
    }

    public static class MemoryMarshal
    {
        public static ref T GetReference<T>(Span<T> span) => ref span._reference;
        public static ref T GetReference<T>(ReadOnlySpan<T> span) => ref span._reference;
        public static ref T GetArrayDataReference<T>(T[] array) =>
            ref Runtime.CompilerServices.Unsafe.As<byte, T>(ref Runtime.CompilerServices.Unsafe.As<Runtime.CompilerServices.RawArrayData>(array).Data);
    }
}

namespace System.Runtime
{
    // A method ilc exports under the given symbol name (no managed-to-native transition).
    public sealed class RuntimeExportAttribute : Attribute
    {
        public RuntimeExportAttribute(string entry) { }
    }

    // A direct call to a symbol supplied by assembly code or the linker.
    public sealed class RuntimeImportAttribute : Attribute
    {
        public RuntimeImportAttribute(string lib) { }
        public RuntimeImportAttribute(string lib, string entry) { }
    }
}

namespace System.Diagnostics.CodeAnalysis
{
    public sealed class UnscopedRefAttribute : Attribute { }
    public sealed class DoesNotReturnAttribute : Attribute { }
    public sealed class NotNullWhenAttribute : Attribute { public NotNullWhenAttribute(bool returnValue) { } }
    public sealed class MaybeNullWhenAttribute : Attribute { public MaybeNullWhenAttribute(bool returnValue) { } }
    [AttributeUsage(AttributeTargets.Constructor, Inherited = false)]
    public sealed class SetsRequiredMembersAttribute : Attribute { }
}

// `dotnet new console` apps (ImplicitUsings) carry `global using System.Net.Http;`: the namespace has to exist for
// them to compile. Kiln has no HTTP client; a use of one is reported by kiln build as not supported.
namespace System.Net.Http
{
    internal static class ImplicitUsingsAnchor { }
}

namespace System.Diagnostics
{
    public sealed class DebuggerHiddenAttribute : Attribute { }
    public sealed class DebuggerStepThroughAttribute : Attribute { }
    public sealed class ConditionalAttribute : Attribute { public ConditionalAttribute(string conditionString) { } }
}

namespace System.Diagnostics.CodeAnalysis
{
    // ilc replaces the marked static bool property with the value of the feature switch of that name given to it with
    // --feature:<name>=<bool> (kiln build sets Kiln.Runtime.* switches), and drops the code that becomes unreachable.
    [AttributeUsage(AttributeTargets.Property, Inherited = false)]
    public sealed class FeatureSwitchDefinitionAttribute : Attribute
    {
        public FeatureSwitchDefinitionAttribute(string switchName) { SwitchName = switchName; }
        public string SwitchName { get; }
    }
}

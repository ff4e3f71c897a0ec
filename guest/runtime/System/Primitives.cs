// The primitive and attribute types ilc and the C# compiler require from a core library.
namespace System
{
    public struct Void { }
    public struct RuntimeTypeHandle { internal IntPtr _value; }
    public struct RuntimeMethodHandle { internal IntPtr _value; }
    public struct RuntimeFieldHandle { internal IntPtr _value; }
    public class Attribute { }
    public sealed class ParamArrayAttribute : Attribute { }
    public sealed class FlagsAttribute : Attribute { }
    // Each thread sees its own copy of the field (docs/runtime.md, "Thread statics").
    [AttributeUsage(AttributeTargets.Field, Inherited = false)]
    public sealed class ThreadStaticAttribute : Attribute { }
    public sealed class ObsoleteAttribute : Attribute
    {
        public ObsoleteAttribute() { }
        public ObsoleteAttribute(string message) { }
        public ObsoleteAttribute(string message, bool error) { }
    }
    public enum AttributeTargets
    {
        Assembly = 1, Module = 2, Class = 4, Struct = 8, Enum = 16, Constructor = 32, Method = 64, Property = 128,
        Field = 256, Event = 512, Interface = 1024, Parameter = 2048, Delegate = 4096, ReturnValue = 8192,
        GenericParameter = 16384, All = 32767,
    }
    public sealed class AttributeUsageAttribute : Attribute
    {
        public AttributeUsageAttribute(AttributeTargets validOn) { }
        public bool AllowMultiple { get; set; }
        public bool Inherited { get; set; }
    }
    public interface IDisposable { void Dispose(); }
    public interface IComparable<in T> { int CompareTo(T other); }
    public interface IComparable { int CompareTo(object obj); }
    public interface IEquatable<T> { bool Equals(T other); }
    public interface IFormatProvider { object GetFormat(Type formatType); }
    // Formatting is culture-invariant in Kiln: providers are accepted and ignored.
    public interface IFormattable { string ToString(string format, IFormatProvider formatProvider); }
    public interface ICloneable { object Clone(); }
    public struct Nullable<T> where T : struct
    {
        private readonly bool hasValue;
        internal T value;
        public Nullable(T value) { this.value = value; hasValue = true; }
        public bool HasValue => hasValue;
        public T Value { get { if (!hasValue) ThrowHelpers.ThrowInvalidOperation("Nullable object must have a value."); return value; } }
        public T GetValueOrDefault() => value;
        public T GetValueOrDefault(T defaultValue) => hasValue ? value : defaultValue;
        public static implicit operator T?(T value) => new T?(value);
        public static explicit operator T(T? value) => value.Value;
        public override string ToString() => hasValue ? value.ToString() : "";
        public override bool Equals(object other) => hasValue ? value.Equals(other) : other == null;
        public override int GetHashCode() => hasValue ? value.GetHashCode() : 0;
    }
}

namespace System.Reflection
{
    public sealed class DefaultMemberAttribute : Attribute { public DefaultMemberAttribute(string memberName) { } }
}


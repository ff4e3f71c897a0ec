using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace System
{
    public unsafe class Object
    {
        // Every object starts with its MethodTable pointer; ilc and the allocator rely on this layout.
        internal MethodTable* m_pEEType;

        public Object() { }
        public virtual bool Equals(object obj) => this == obj;
        public static bool Equals(object a, object b) => a == b || (a != null && b != null && a.Equals(b));
        public static bool ReferenceEquals(object a, object b) => a == b;
        public virtual int GetHashCode() => RuntimeHelpers.GetHashCode(this);
        public virtual string ToString() => Kiln.Runtime.Symbols.TypeName(m_pEEType);
        public Type GetType() => RuntimeType.FromMethodTable(m_pEEType);

        internal MethodTable* GetMethodTable() => m_pEEType;
        // Address of the first field; for arrays and strings, of the length field.
        internal ref byte GetRawData() => ref Unsafe.As<RawData>(this).Data;
    }

}

namespace System.Runtime.CompilerServices
{
    // Views of an object's fields as raw bytes; ilc's unboxing thunks use RawData by name.
    internal sealed class RawData { public byte Data; }
    internal sealed class RawArrayData { public uint Length; public uint Padding; public byte Data; }
}

using Internal.Runtime;

namespace System
{
    // Kiln images carry no reflection metadata: a Type knows its MethodTable, and its names come from the image's
    // symbol table, where `kiln build` writes each type's name as .NET's Type.ToString() spells it.
    public abstract unsafe class Type
    {
        public abstract string Name { get; }
        public abstract string FullName { get; }
        public abstract string Namespace { get; }
        public abstract bool IsValueType { get; }
        public abstract bool IsEnum { get; }
        public abstract bool IsArray { get; }
        public abstract bool IsGenericType { get; }
        public static Type GetTypeFromHandle(RuntimeTypeHandle handle) =>
            handle._value == 0 ? null : RuntimeType.FromMethodTable((MethodTable*)handle._value);
        public RuntimeTypeHandle TypeHandle => ((RuntimeType)this).Handle;
        public static bool operator ==(Type a, Type b) => a is null ? b is null : a.Equals(b);
        public static bool operator !=(Type a, Type b) => !(a == b);
        public override bool Equals(object o) => (object)this == o;
        public override int GetHashCode() => 0;
    }

    // ilc requires this type.
    internal sealed unsafe class RuntimeType : Type
    {
        internal MethodTable* _pUnderlyingEEType;

        // One Type object per call; `typeof(A) == typeof(B)` compares MethodTables, not references.
        internal static RuntimeType FromMethodTable(MethodTable* type) => new RuntimeType { _pUnderlyingEEType = type };
        public override bool Equals(object obj) => obj is RuntimeType t && t._pUnderlyingEEType == _pUnderlyingEEType;
        public override int GetHashCode() => (int)(nint)_pUnderlyingEEType;
        internal RuntimeTypeHandle Handle { get { RuntimeTypeHandle h; h._value = (nint)_pUnderlyingEEType; return h; } }

        // "Ns.Outer+Inner`1[Ns.Arg]": the symbol table's spelling, which is .NET's ToString().
        public override string ToString() => Kiln.Runtime.Symbols.TypeName(_pUnderlyingEEType);

        public override string Name
        {
            get
            {
                string s = ToString();
                int end = GenericStart(s);
                int start = end;
                while (start > 0 && s[start - 1] != '.' && s[start - 1] != '+') start--;
                // An array's or generic's suffix stays: int[] is "Int32[]", List<int> is "List`1".
                if (end < s.Length && s[end] == '[' && end + 1 < s.Length && s[end + 1] == ']') end = s.Length;
                return s.Substring(start, end - start);
            }
        }

        // .NET's FullName of a constructed generic type names each argument's assembly, which Kiln does not keep:
        // such types answer null, as open generic parameters do on .NET.
        public override string FullName
        {
            get
            {
                string s = ToString();
                int g = GenericStart(s);
                return g < s.Length && s[g] == '[' && !(g + 1 < s.Length && s[g + 1] == ']') ? null : s;
            }
        }

        public override string Namespace
        {
            get
            {
                string s = ToString();
                int end = GenericStart(s);
                int plus = s.IndexOf('+');
                if (plus >= 0 && plus < end) end = plus;
                int dot = end > 0 ? s.LastIndexOf('.', end - 1) : -1;
                return dot < 0 ? null : s.Substring(0, dot);
            }
        }

        public override bool IsValueType => _pUnderlyingEEType->IsValueType;
        public override bool IsEnum => _pUnderlyingEEType->BaseType == (MethodTable*)typeof(Enum).TypeHandle._value;
        public override bool IsArray => _pUnderlyingEEType->IsArray;
        public override bool IsGenericType => _pUnderlyingEEType->IsGeneric;

        private static int GenericStart(string s)
        {
            int i = s.IndexOf('[');
            return i < 0 ? s.Length : i;
        }
    }
}

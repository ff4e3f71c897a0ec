using System.Runtime;
using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace System
{
    // A struct that does not override Equals/GetHashCode compares field by field, as in .NET. ilc gives every value
    // type whose bits cannot simply be compared (it holds references, floating point or padding) an override of
    // __GetFieldHelper: with index -1 it returns the number of fields, otherwise the offset of field `index` and its
    // MethodTable (Object's for any reference). Types without the override compare their bytes.
    public abstract unsafe class ValueType
    {
        private const int UseBytes = -1;
        private const int FieldCount = -1;

        internal virtual int __GetFieldHelper(int index, out MethodTable* mt)
        {
            mt = null;
            return UseBytes;
        }

        public override bool Equals(object obj)
        {
            if (obj == null || obj.GetMethodTable() != this.GetMethodTable()) return false;
            ref byte self = ref this.GetRawData();
            ref byte other = ref obj.GetRawData();
            int fields = __GetFieldHelper(FieldCount, out _);
            if (fields == UseBytes)
                return Buffer.SequenceEqual((byte*)Unsafe.AsPointer(ref self), (byte*)Unsafe.AsPointer(ref other), this.GetMethodTable()->ValueTypeSize);
            for (int i = 0; i < fields; i++)
            {
                int offset = __GetFieldHelper(i, out MethodTable* type);
                object a = FieldValue(ref Unsafe.Add(ref self, offset), type);
                object b = FieldValue(ref Unsafe.Add(ref other, offset), type);
                if (a == null ? b != null : !a.Equals(b)) return false;
            }
            return true;
        }

        // The type's hash mixed with the first field that is not null, as .NET does; bit-comparable types XOR
        // their 32-bit words.
        public override int GetHashCode()
        {
            MethodTable* type = this.GetMethodTable();
            ref byte data = ref this.GetRawData();
            int fields = __GetFieldHelper(FieldCount, out _);
            if (fields == UseBytes) return (int)type->_uHashCode ^ HashBytes(ref data, type->ValueTypeSize);
            for (int i = 0; i < fields; i++)
            {
                int offset = __GetFieldHelper(i, out MethodTable* fieldType);
                object value = FieldValue(ref Unsafe.Add(ref data, offset), fieldType);
                if (value != null) return (int)type->_uHashCode ^ value.GetHashCode();
            }
            return (int)type->_uHashCode;
        }

        private static object FieldValue(ref byte field, MethodTable* type) =>
            type->IsValueType ? RuntimeExports.RhBox(type, ref field) : Unsafe.As<byte, object>(ref field);

        private static int HashBytes(ref byte data, uint size)
        {
            int hash = 0;
            for (uint i = 0; i + 4 <= size; i += 4) hash ^= Unsafe.As<byte, int>(ref Unsafe.Add(ref data, (nint)i));
            return hash;
        }
    }
}

using System;
using System.Runtime;
using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace System.Runtime
{
    // Casting helpers ilc calls by name for `is`, `as`, casts and array stores. Hidden from stack traces: a failed
    // cast is the caller's.
    [System.Diagnostics.StackTraceHidden]
    internal static unsafe class TypeCast
    {
        public static object IsInstanceOfClass(MethodTable* target, object obj)
        {
            if (obj == null) return null;
            if (obj.GetMethodTable()->IsArray) return AreTypesAssignable(obj.GetMethodTable(), target) ? obj : null;
            for (MethodTable* t = obj.GetMethodTable(); t != null; t = t->BaseType)
                if (t == target) return obj;
            return null;
        }

        public static object IsInstanceOfInterface(MethodTable* target, object obj) =>
            obj != null && Implements(obj.GetMethodTable(), target) ? obj : null;

        public static object IsInstanceOfAny(MethodTable* target, object obj) =>
            obj != null && AreTypesAssignable(obj.GetMethodTable(), target) ? obj : null;

        public static bool IsInstanceOfException(MethodTable* target, object obj) => IsInstanceOfClass(target, obj) != null;

        public static object CheckCastClass(MethodTable* target, object obj)
        {
            if (obj == null || IsInstanceOfClass(target, obj) != null) return obj;
            return ThrowInvalidCast(obj.GetMethodTable(), target);
        }

        public static object CheckCastClassSpecial(MethodTable* target, object obj) => CheckCastClass(target, obj);

        public static object CheckCastInterface(MethodTable* target, object obj)
        {
            if (obj == null || Implements(obj.GetMethodTable(), target)) return obj;
            return ThrowInvalidCast(obj.GetMethodTable(), target);
        }

        public static object CheckCastAny(MethodTable* target, object obj)
        {
            if (obj == null || AreTypesAssignable(obj.GetMethodTable(), target)) return obj;
            return ThrowInvalidCast(obj.GetMethodTable(), target);
        }

        internal static object ThrowInvalidCast(MethodTable* from, MethodTable* to) =>
            throw new InvalidCastException("Unable to cast object of type '" + Kiln.Runtime.Symbols.TypeName(from) +
                                           "' to type '" + Kiln.Runtime.Symbols.TypeName(to) + "'.");

        private static bool Implements(MethodTable* type, MethodTable* itf)
        {
            MethodTable** map = type->InterfaceMap;
            for (int i = 0; i < type->NumInterfaces; i++) if (map[i] == itf) return true;
            if (!itf->IsGeneric || !(itf->HasGenericVariance || type->IsSzArray)) return false;
            for (int i = 0; i < type->NumInterfaces; i++) if (IsVariantMatch(map[i], itf, type->IsSzArray)) return true;
            return false;
        }

        // Whether an interface a type implements (source) converts to target by variance: same generic
        // definition, one type argument, a reference-type argument assignable in the parameter's direction.
        // The interfaces of T[] are covariant in T (string[] is an IList<object>), as .NET's array covariance.
        // Only arity 1 is handled: IEnumerable<T>, IEnumerator<T>, IReadOnlyList<T>, IReadOnlyCollection<T>,
        // IComparer<T>, IEqualityComparer<T>, and the interfaces of arrays.
        internal static bool IsVariantMatch(MethodTable* source, MethodTable* target, bool sourceIsArray)
        {
            if (source == target) return true;
            if (!source->IsGeneric || !target->IsGeneric) return false;
            // ilc does not record a definition's arity where this runtime can read it (its flags' low bits are 0),
            // so the first argument is read as arity 1's direct pointer: right for every interface of an array
            // and for the BCL's variant interfaces of one parameter; a variant interface of two or more parameters
            // is not supported (its field points at a composition block instead).
            if (source->GenericDefinition != target->GenericDefinition) return false;
            MethodTable* s = source->GenericArgument0, t = target->GenericArgument0;
            if (s == t) return true;
            if (s->IsValueType || t->IsValueType) return false;
            byte variance = sourceIsArray ? (byte)1 : target->Variance0;
            if (variance == 1) return AreTypesAssignable(s, t);
            if (variance == 2) return AreTypesAssignable(t, s);
            return false;
        }

        [RuntimeExport("RhTypeCast_AreTypesAssignable")]
        public static bool AreTypesAssignable(MethodTable* source, MethodTable* target)
        {
            if (source == target) return true;
            if (target->IsInterface) return Implements(source, target);
            if (source->IsArray && target->IsArray)
            {
                // T[] and T[,] differ; so do T[,] and T[,,] (BaseSize grows with the rank).
                if (source->IsSzArray != target->IsSzArray || source->BaseSize != target->BaseSize) return false;
                MethodTable* se = source->RelatedParameterType, te = target->RelatedParameterType;
                if (se == te) return true;
                // Array covariance applies to reference-type elements only.
                return !se->IsValueType && !te->IsValueType && AreTypesAssignable(se, te);
            }
            // Every array derives from System.Array (element type SystemArray = 22) and so from Object.
            if (source->IsArray) return IsObjectType(target) || target->ElementType == 22;
            for (MethodTable* t = source; t != null; t = t->BaseType) if (t == target) return true;
            return false;
        }

        public static void StelemRef(object[] array, nint index, object obj)
        {
            if ((nuint)index >= (uint)array.Length) throw new IndexOutOfRangeException();
            ref object element = ref Unsafe.As<byte, object>(ref Unsafe.Add(ref Unsafe.As<RawArrayData>(array).Data, index * 8));
            if (obj == null) { element = null; return; }
            MethodTable* elementType = array.GetMethodTable()->RelatedParameterType;
            if (elementType != s_objectType && obj.GetMethodTable() != elementType && !IsObjectType(elementType) && !AreTypesAssignable(obj.GetMethodTable(), elementType))
                throw new ArrayTypeMismatchException();
            element = obj;
        }

        public static ref object LdelemaRef(object[] array, nint index, MethodTable* elementType)
        {
            if ((nuint)index >= (uint)array.Length) throw new IndexOutOfRangeException();
            if (array.GetMethodTable()->RelatedParameterType != elementType) throw new ArrayTypeMismatchException();
            return ref Unsafe.As<byte, object>(ref Unsafe.Add(ref Unsafe.As<RawArrayData>(array).Data, index * 8));
        }

        [RuntimeExport("RhTypeCast_CheckArrayStore")]
        public static void CheckArrayStore(object array, object obj)
        {
            if (array == null || obj == null) return;
            MethodTable* elementType = array.GetMethodTable()->RelatedParameterType;
            if (!IsObjectType(elementType) && !AreTypesAssignable(obj.GetMethodTable(), elementType))
                throw new ArrayTypeMismatchException();
        }

        // System.Object is the only class without a base type.
        // System.Object's MethodTable, remembered the first time it is seen: stores into object[] are common.
        private static MethodTable* s_objectType;

        private static bool IsObjectType(MethodTable* t)
        {
            if (t == s_objectType) return true;
            if (t->BaseType != null || t->IsInterface || t->IsArray || t->IsValueType) return false;
            s_objectType = t;
            return true;
        }
    }
}

// The subset of ilc's MethodTable layout (ILCompiler 10.0) the runtime reads: sizes, flags, base type,
// vtable, interface map and dispatch map. Field order and flag values are ilc's contract, not ours.
namespace Internal.Runtime
{
    internal unsafe struct MethodTable
    {
        private const uint HasComponentSizeFlag = 0x80000000;
        private const uint HasDispatchMapFlag = 0x00040000;
        private const uint IsFinalizableFlag = 0x00100000;
        private const uint HasSealedVTableEntriesFlag = 0x00400000;
        private const uint IsGenericFlag = 0x02000000;
        private const uint HasPointersFlag = 0x01000000;
        private const uint HasGenericVarianceFlag = 0x00800000;
        private const uint KindMask = 0x00030000;
        private const uint ParameterizedKind = 0x00020000;

        internal uint _uFlags;
        internal uint _uBaseSize;
        internal MethodTable* _relatedType;
        internal ushort _usNumVtableSlots;
        internal ushort _usNumInterfaces;
        internal uint _uHashCode;

        public bool HasComponentSize => (_uFlags & HasComponentSizeFlag) != 0;
        public ushort ComponentSize => HasComponentSize ? (ushort)_uFlags : (ushort)0;
        public uint BaseSize => _uBaseSize;
        // Size of a value type's fields: BaseSize less object header, MethodTable pointer and padding.
        public uint ValueTypeSize => _uBaseSize - 16 - ((_uFlags & 0xE0) >> 5);
        public ushort NumVtableSlots => _usNumVtableSlots;
        public ushort NumInterfaces => _usNumInterfaces;
        public uint ElementType => (_uFlags >> 26) & 0x1F;
        // EETypeElementType values: Nullable = 18, Class = 20, Interface = 21, Array = 23, SzArray = 24.
        public bool IsInterface => ElementType == 21;
        public bool IsValueType => ElementType < 20;
        public bool IsNullable => ElementType == 18;
        public bool IsArray => ElementType == 23 || ElementType == 24;
        public bool IsSzArray => ElementType == 24;
        public bool IsParameterized => (_uFlags & KindMask) == ParameterizedKind;
        public bool HasDispatchMap => (_uFlags & HasDispatchMapFlag) != 0;
        public bool IsFinalizable => (_uFlags & IsFinalizableFlag) != 0;
        public bool HasSealedVTableEntries => (_uFlags & HasSealedVTableEntriesFlag) != 0;
        // Instances hold references; the GC desc (series of reference ranges) sits just below the MethodTable.
        public bool HasPointers => (_uFlags & HasPointersFlag) != 0;
        public bool IsGeneric => (_uFlags & IsGenericFlag) != 0;
        public bool HasGenericVariance => (_uFlags & HasGenericVarianceFlag) != 0;

        // For classes: the base type (null for Object). For arrays: the element type.
        public MethodTable* BaseType => IsArray ? null : _relatedType;
        public MethodTable* RelatedParameterType => _relatedType;

        public void** VTable
        {
            get { fixed (MethodTable* self = &this) return (void**)(self + 1); }
        }

        public MethodTable** InterfaceMap
        {
            get { fixed (MethodTable* self = &this) return (MethodTable**)((byte*)(self + 1) + sizeof(void*) * _usNumVtableSlots); }
        }

        // Optional fields follow the interface map as 32-bit relative pointers, in this order:
        // TypeManager, WritableData, DispatchMap?, Finalizer?, SealedVirtualSlots?, GenericDefinition?, ...
        private byte* OptionalFieldsStart
        {
            get { fixed (MethodTable* self = &this) return (byte*)(self + 1) + sizeof(void*) * _usNumVtableSlots + sizeof(void*) * _usNumInterfaces; }
        }

        // ilc's intrinsic for a type's MethodTable; its __GetFieldHelper overrides (System.ValueType) call it.
        [System.Runtime.CompilerServices.Intrinsic]
        internal static MethodTable* Of<T>() => throw new System.PlatformNotSupportedException();

        private static void* FollowRelative(byte* field) => field + *(int*)field;

        public DispatchMap* DispatchMap => HasDispatchMap ? (DispatchMap*)FollowRelative(OptionalFieldsStart + 8) : null;

        // Generic instantiations end with GenericDefinition and GenericComposition; for arity 1 the composition
        // field points straight at the argument. A definition has only the composition field, pointing at its
        // variance bytes.
        private byte* GenericFields
        {
            get
            {
                byte* p = OptionalFieldsStart + 8;
                if (HasDispatchMap) p += 4;
                if (IsFinalizable) p += 4;
                if (HasSealedVTableEntries) p += 4;
                return p;
            }
        }

        public MethodTable* GenericDefinition => (MethodTable*)FollowRelative(GenericFields);
        public MethodTable* GenericArgument0 => (MethodTable*)FollowRelative(GenericFields + 4);
        // GenericVariance of the definition's first parameter: 0 none, 1 covariant (out), 2 contravariant (in).
        public byte Variance0 => GenericDefinition->HasGenericVariance ? *(byte*)FollowRelative(GenericDefinition->GenericFields) : (byte)0;

        public MethodTable* NullableType => GenericArgument0;

        // Nullable<T> is { bool hasValue; T value; } with value aligned as T, so value is T's size from the end.
        public uint NullableValueOffset => ValueTypeSize - NullableType->ValueTypeSize;

        public void* GetSealedVirtualSlot(int index)
        {
            byte* p = OptionalFieldsStart + 8;
            if (HasDispatchMap) p += 4;
            if (IsFinalizable) p += 4;
            int* table = (int*)FollowRelative(p);
            return FollowRelative((byte*)(table + index));
        }
    }

    internal unsafe struct DispatchMap
    {
        public ushort StandardEntryCount;
        public ushort DefaultEntryCount;
        public ushort StandardStaticEntryCount;
        public ushort DefaultStaticEntryCount;

        public DispatchMapEntry* Entries
        {
            get { fixed (DispatchMap* self = &this) return (DispatchMapEntry*)(self + 1); }
        }
    }

    internal struct DispatchMapEntry
    {
        public ushort InterfaceIndex;
        public ushort InterfaceMethodSlot;
        public ushort ImplMethodSlot;
    }
}

using System;
using System.Runtime;
using Internal.Runtime;

namespace Kiln.Runtime
{
    // Resolves interface calls that ilc could not devirtualize. Each call site owns a dispatch cell
    // {stub, cache}; its stub starts as RhpInitialDynamicInterfaceDispatch (arch asm), which calls Resolve
    // and jumps to the result. Cell encoding (ILCompiler 10.0): cache low bits 1 = interface MethodTable
    // pointer, 3 = relative pointer to it, 2 = relative pointer to an indirection cell, 0 with value < 0x1000 =
    // vtable offset. The interface slot is in the low 16 bits of the cache of the run's terminating cell
    // (the first following cell whose stub is null).
    internal static unsafe class InterfaceDispatch
    {
        private struct Cell
        {
            public nuint Stub;
            public nuint Cache;
        }

        [RuntimeExport("kiln_resolve_interface_call")]
        private static nint ResolveFromStub(object obj, nint cell) => Resolve(obj, cell);

        public static nint Resolve(object obj, nint cellAddress)
        {
            if (obj == null) throw new NullReferenceException();
            Cell* cell = (Cell*)cellAddress;
            MethodTable* type = obj.GetMethodTable();
            nuint cache = cell->Cache;
            if (cache < 0x1000 && (cache & 3) == 0) return *(nint*)((byte*)type + cache);

            Cell* last = cell;
            while (last->Stub != 0) last++;
            ushort slot = (ushort)last->Cache;

            MethodTable* itf;
            switch (cache & 3)
            {
                case 1:
                    itf = (MethodTable*)(cache & ~(nuint)3);
                    break;
                case 3:
                    itf = (MethodTable*)(((nuint)(&cell->Cache) + (nuint)(nint)(int)cache) & ~(nuint)3);
                    break;
                case 2:
                    itf = *(MethodTable**)(((nuint)(&cell->Cache) + (nuint)(nint)(int)cache) & ~(nuint)3);
                    break;
                default:
                    Panic.FailFast("interface dispatch cell with a cache pointer: not produced for Kiln images");
                    return 0;
            }
            nint target = FindImplementation(type, itf, slot);
            if (target == 0) Panic.FailFast("interface method not implemented (missing dispatch map entry)");
            return target;
        }

        public static nint FindImplementation(MethodTable* type, MethodTable* itf, ushort slot)
        {
            // First a class's own implementations up the hierarchy, then default interface methods.
            for (int pass = 0; pass < 2; pass++)
            {
                for (MethodTable* t = type; t != null; t = t->IsArray ? null : t->BaseType)
                {
                    if (!t->HasDispatchMap) continue;
                    DispatchMap* map = t->DispatchMap;
                    DispatchMapEntry* e = map->Entries + (pass == 0 ? 0 : map->StandardEntryCount);
                    int count = pass == 0 ? map->StandardEntryCount : map->DefaultEntryCount;
                    for (int i = 0; i < count; i++, e++)
                    {
                        if (e->InterfaceMethodSlot != slot || t->InterfaceMap[e->InterfaceIndex] != itf) continue;
                        ushort impl = e->ImplMethodSlot;
                        if (impl < t->NumVtableSlots) return (nint)type->VTable[impl];
                        return (nint)t->GetSealedVirtualSlot(impl - t->NumVtableSlots);
                    }
                }
            }
            return 0;
        }
    }
}

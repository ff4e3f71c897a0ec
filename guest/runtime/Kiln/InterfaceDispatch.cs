using System;
using System.Runtime;
using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace Kiln.Runtime
{
    // Resolves interface calls that ilc could not devirtualize. Each call site owns a dispatch cell
    // {stub, cache}; its stub starts as RhpInitialDynamicInterfaceDispatch (arch asm), which calls Resolve
    // and jumps to the result. Cell encoding (ILCompiler 10.0): cache low bits 1 = interface MethodTable
    // pointer, 3 = relative pointer to it, 2 = relative pointer to an indirection cell, 0 with value < 0x1000 =
    // vtable offset. The interface slot is in the low 16 bits of the cache of the run's terminating cell
    // (the first following cell whose stub is null).
    //
    // After the first call a cell is switched to a monomorphic cache: its stub becomes
    // kiln_cached_interface_dispatch and its cache points at an Entry here, which remembers ilc's original cache
    // value. An entry never changes once a cell points at it: a thread preempted inside the cached stub may still
    // use it. A miss publishes a new entry (one 8-byte store); a cell that keeps missing stops being re-cached.
    internal static unsafe class InterfaceDispatch
    {
        private struct Cell
        {
            public nuint Stub;
            public nuint Cache;
        }

        private struct Entry
        {
            public MethodTable* Type;
            public nint Target;
            public nuint OriginalCache;
            public nuint Misses;
        }

        private const int MaxEntries = 2048;
        private const int MaxMisses = 4;
        private static EntryPool s_entries;
        private static int s_used;
        private struct EntryPool { public fixed byte Bytes[MaxEntries * 32]; }

        [RuntimeImport("*", "kiln_cached_interface_dispatch")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void CachedDispatchStub();

        [RuntimeExport("kiln_resolve_interface_call")]
        private static nint ResolveFromStub(object obj, nint cellAddress)
        {
            nint target = Resolve(obj, cellAddress);
            Preemption.Disable();
            Cell* cell = (Cell*)cellAddress;
            Entry* old = OwnEntry(cell->Cache);
            if ((old == null || old->Misses < MaxMisses) && s_used < MaxEntries)
            {
                Entry* entry = (Entry*)Unsafe.AsPointer(ref s_entries.Bytes[s_used++ * sizeof(Entry)]);
                entry->OriginalCache = old != null ? old->OriginalCache : cell->Cache;
                entry->Misses = old != null ? old->Misses + 1 : 0;
                entry->Type = obj.GetMethodTable();
                entry->Target = target;
                // Cache before stub: a call between the two stores takes the slow path, which reads the entry.
                cell->Cache = (nuint)entry;
                cell->Stub = (nuint)(delegate*<void>)&CachedDispatchStub;
            }
            Preemption.Enable();
            return target;
        }

        private static Entry* OwnEntry(nuint cache)
        {
            byte* first = (byte*)Unsafe.AsPointer(ref s_entries.Bytes[0]);
            return cache >= (nuint)first && cache < (nuint)(first + MaxEntries * sizeof(Entry)) ? (Entry*)cache : null;
        }

        public static nint Resolve(object obj, nint cellAddress)
        {
            if (obj == null) throw new NullReferenceException();
            Cell* cell = (Cell*)cellAddress;
            MethodTable* type = obj.GetMethodTable();
            nuint cache = cell->Cache;
            Entry* own = OwnEntry(cache);
            if (own != null) cache = own->OriginalCache;
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

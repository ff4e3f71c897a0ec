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
    // After the first call a cell is switched to a polymorphic inline cache: its stub becomes
    // kiln_cached_interface_dispatch and its cache points at an Entry here, which remembers ilc's original cache
    // value and holds up to MaxPairs {MethodTable*, target} pairs, ended by a null type; the stub compares the
    // receiver's type with each in turn. A miss appends a pair in place (target before type, so a thread preempted
    // inside the stub sees either no pair or a whole one) or, when the entry is full, publishes a larger copy (one
    // 8-byte store); an entry is never freed, since such a thread may still be reading it. A site with more types
    // than MaxPairs keeps its entry and resolves the rest through a hashed cache shared by all sites.
    internal static unsafe class InterfaceDispatch
    {
        private struct Cell
        {
            public nuint Stub;
            public nuint Cache;
        }

        private struct Entry
        {
            public nuint OriginalCache;
            public uint Count;
            public uint Capacity;
            // Capacity + 1 pairs follow; the pair at Count has a null type.
        }

        private struct Pair
        {
            public MethodTable* Type;
            public nint Target;
        }

        private struct Resolved
        {
            public nuint Cell;
            public MethodTable* Type;
            public nint Target;
        }

        private const int MaxPairs = 8;
        private const int ArenaBytes = 64 * 1024;
        private const int HashSize = 256;
        private static Arena s_arena;
        private static int s_used;
        private static Hash s_hash;
        private struct Arena { public fixed byte Bytes[ArenaBytes]; }
        private struct Hash { public fixed byte Bytes[HashSize * 24]; }

        [RuntimeImport("*", "kiln_cached_interface_dispatch")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void CachedDispatchStub();

        [RuntimeExport("kiln_resolve_interface_call")]
        private static nint ResolveFromStub(object obj, nint cellAddress)
        {
            if (obj == null) throw new NullReferenceException();
            Cell* cell = (Cell*)cellAddress;
            MethodTable* type = obj.GetMethodTable();
            Entry* old = OwnEntry(cell->Cache);
            if (old != null && old->Count == MaxPairs)
            {
                Resolved* r = (Resolved*)Unsafe.AsPointer(ref s_hash.Bytes[0]) + (int)((((nuint)cellAddress >> 4) ^ ((nuint)type >> 3)) * 0x9E3779B1u % HashSize);
                Preemption.Disable();
                nint hit = r->Cell == (nuint)cellAddress && r->Type == type ? r->Target : 0;
                Preemption.Enable();
                if (hit != 0) return hit;
                nint found = Resolve(obj, cellAddress);
                Preemption.Disable();
                r->Cell = (nuint)cellAddress;
                r->Type = type;
                r->Target = found;
                Preemption.Enable();
                return found;
            }

            nint target = Resolve(obj, cellAddress);
            Preemption.Disable();
            old = OwnEntry(cell->Cache);
            if (old == null)
            {
                Entry* entry = NewEntry(1, cell->Cache);
                if (entry != null)
                {
                    Append(entry, type, target);
                    // Cache before stub: a call between the two stores takes the slow path, which reads the entry.
                    cell->Cache = (nuint)entry;
                    cell->Stub = (nuint)(delegate*<void>)&CachedDispatchStub;
                }
            }
            else if (!Contains(old, type))
            {
                if (old->Count < old->Capacity)
                {
                    Append(old, type, target);
                }
                else
                {
                    Entry* entry = NewEntry(old->Capacity * 2 > MaxPairs ? MaxPairs : old->Capacity * 2, old->OriginalCache);
                    if (entry != null)
                    {
                        Pair* from = Pairs(old);
                        for (uint i = 0; i < old->Count; i++) Append(entry, from[i].Type, from[i].Target);
                        Append(entry, type, target);
                        cell->Cache = (nuint)entry;
                    }
                }
            }
            Preemption.Enable();
            return target;
        }

        private static Pair* Pairs(Entry* e) => (Pair*)(e + 1);

        private static bool Contains(Entry* e, MethodTable* type)
        {
            Pair* p = Pairs(e);
            for (uint i = 0; i < e->Count; i++) if (p[i].Type == type) return true;
            return false;
        }

        private static void Append(Entry* e, MethodTable* type, nint target)
        {
            Pair* p = Pairs(e) + e->Count;
            p->Target = target;
            System.Threading.Volatile.Write(ref *(ulong*)&p->Type, (ulong)type);
            e->Count++;
        }

        // Arena memory starts zeroed and is never reused, so the terminating pair needs no store.
        private static Entry* NewEntry(uint capacity, nuint originalCache)
        {
            int bytes = sizeof(Entry) + (int)(capacity + 1) * sizeof(Pair);
            if (s_used + bytes > ArenaBytes) return null;
            Entry* e = (Entry*)Unsafe.AsPointer(ref s_arena.Bytes[s_used]);
            s_used += bytes;
            e->OriginalCache = originalCache;
            e->Capacity = capacity;
            return e;
        }

        private static Entry* OwnEntry(nuint cache)
        {
            byte* first = (byte*)Unsafe.AsPointer(ref s_arena.Bytes[0]);
            return cache >= (nuint)first && cache < (nuint)(first + ArenaBytes) ? (Entry*)cache : null;
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
            nint target = FindImplementation(type, itf, slot, false);
            if (target == 0 && itf->IsGeneric && (itf->HasGenericVariance || type->IsSzArray))
                target = FindImplementation(type, itf, slot, true);
            if (target == 0) Panic.FailFast("interface method not implemented (missing dispatch map entry)");
            return target;
        }

        // variant: also take an implementation of an interface that converts to itf by variance (a string[]
        // called as IEnumerable<object>); callers try the exact interface first, as .NET does.
        public static nint FindImplementation(MethodTable* type, MethodTable* itf, ushort slot, bool variant)
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
                        if (e->InterfaceMethodSlot != slot) continue;
                        MethodTable* implemented = t->InterfaceMap[e->InterfaceIndex];
                        if (implemented != itf && !(variant && TypeCast.IsVariantMatch(implemented, itf, type->IsSzArray))) continue;
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

using System;
using System.Runtime;
using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace Kiln.Runtime
{
    // Walks the ReadyToRun headers ilc emits (one per compiled module, listed in the __modules section)
    // to allocate the GC static bases and run eager and module class constructors.
    internal static unsafe class Modules
    {
        private const int GCStaticRegion = 201;
        private const int EagerCctor = 205;
        private const int ModuleInitializerList = 213;

        private struct Header
        {
            public uint Signature;          // 'RTR\0'
            public ushort MajorVersion;
            public ushort MinorVersion;
            public uint Flags;
            public ushort NumberOfSections;
            public byte EntrySize;
            public byte EntryType;
        }

        private struct Section
        {
            public int SectionId;
            public int Flags;
            public byte* Start;
            public byte* End;
        }

        [RuntimeImport("*", "kiln_modules_start")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void** ModulesStart();

        [RuntimeImport("*", "kiln_modules_end")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void** ModulesEnd();

        public static void Initialize()
        {
            for (void** m = ModulesStart(); m < ModulesEnd(); m++)
                if (*m != null) InitializeStatics((Header*)*m);
            for (void** m = ModulesStart(); m < ModulesEnd(); m++)
                if (*m != null) RunInitializers((Header*)*m, EagerCctor);
        }

        public static void RunModuleInitializers()
        {
            for (void** m = ModulesStart(); m < ModulesEnd(); m++)
                if (*m != null) RunInitializers((Header*)*m, ModuleInitializerList);
        }

        private static bool TryGetSection(Header* header, int id, out byte* start, out byte* end)
        {
            Section* s = (Section*)(header + 1);
            for (int i = 0; i < header->NumberOfSections; i++)
            {
                if (s[i].SectionId == id) { start = s[i].Start; end = s[i].End; return true; }
            }
            start = end = null;
            return false;
        }

        private static void* ReadRelative(byte* p) => p + *(int*)p;

        // Each entry points to a slot that holds a relative pointer to the static base's MethodTable, with bit 0
        // set while uninitialized and bit 1 set when a preinitialized data blob follows.
        private static void InitializeStatics(Header* header)
        {
            if (!TryGetSection(header, GCStaticRegion, out byte* start, out byte* end)) return;
            for (byte* p = start; p < end; p += 4)
            {
                nint* slot = (nint*)ReadRelative(p);
                nint value = (nint)ReadRelative((byte*)slot);
                if ((value & 1) == 0) continue;
                MethodTable* type = (MethodTable*)(value & ~(nint)3);
                object obj = Allocation.NewObject(type);
                if ((value & 2) != 0)
                {
                    byte* data = (byte*)ReadRelative((byte*)slot + 4);
                    Buffer.Memmove((byte*)Unsafe.AsPointer(ref obj.GetRawData()), data, type->BaseSize - 16);
                }
                *slot = *(nint*)Unsafe.AsPointer(ref obj);
            }
        }

        // The GC's static roots: every slot that holds a GC static base (an object with the type's reference fields).
        internal static void ForEachStaticRoot(delegate*<nint*, void> visit)
        {
            for (void** m = ModulesStart(); m < ModulesEnd(); m++)
            {
                if (*m == null || !TryGetSection((Header*)*m, GCStaticRegion, out byte* start, out byte* end)) continue;
                for (byte* p = start; p < end; p += 4) visit((nint*)ReadRelative(p));
            }
        }

        private static void RunInitializers(Header* header, int section)
        {
            if (!TryGetSection(header, section, out byte* start, out byte* end)) return;
            for (byte* p = start; p < end; p += 4) ((delegate*<void>)ReadRelative(p))();
        }
    }
}

namespace System.Runtime.CompilerServices
{
    public struct StaticClassConstructionContext
    {
        public volatile nint cctorMethodAddress;
    }

    // ilc calls these before touching statics of a type with a (lazy) class constructor.
    internal static unsafe class ClassConstructorRunner
    {
        private static object CheckStaticClassConstructionReturnGCStaticBase(StaticClassConstructionContext* context, object gcStaticBase)
        {
            EnsureClassConstructorRun(context);
            return gcStaticBase;
        }

        private static nint CheckStaticClassConstructionReturnNonGCStaticBase(StaticClassConstructionContext* context, nint nonGcStaticBase)
        {
            EnsureClassConstructorRun(context);
            return nonGcStaticBase;
        }

        // Single-threaded for now: clearing the address first makes re-entrant access see the class as initialized,
        // which is what .NET does for a cctor that touches its own statics.
        public static void EnsureClassConstructorRun(StaticClassConstructionContext* context)
        {
            nint cctor = context->cctorMethodAddress;
            if (cctor == 0) return;
            context->cctorMethodAddress = 0;
            ((delegate*<void>)cctor)();
        }
    }
}

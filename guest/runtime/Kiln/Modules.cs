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
        private const int ThreadStaticRegion = 202;
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

        public static void AllocateStatics()
        {
            for (void** m = ModulesStart(); m < ModulesEnd(); m++)
                if (*m != null) InitializeStatics((Header*)*m);
        }

        public static void RunEagerConstructors()
        {
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

        // The MethodTable of the storage object that holds type index's thread statics (0: every inlined one).
        // Kiln images are a single ilc module.
        internal static MethodTable* ThreadStaticType(int index)
        {
            for (void** m = ModulesStart(); m < ModulesEnd(); m++)
            {
                if (*m == null || !TryGetSection((Header*)*m, ThreadStaticRegion, out byte* start, out byte* end)) continue;
                if (index < (end - start) / sizeof(nint)) return ((MethodTable**)start)[index];
            }
            Panic.Fatal("thread static storage type not found");
            return null;
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

        private static object CheckStaticClassConstructionReturnThreadStaticBase(StaticClassConstructionContext* context, object threadStaticBase)
        {
            EnsureClassConstructorRun(context);
            return threadStaticBase;
        }

        private static nint CheckStaticClassConstructionReturnNonGCStaticBase(StaticClassConstructionContext* context, nint nonGcStaticBase)
        {
            EnsureClassConstructorRun(context);
            return nonGcStaticBase;
        }

        // A class constructor runs once even with threads: the first thread that needs it runs it, and every other
        // thread that needs it yields until it has finished. The running thread's own re-entrant access (a cctor
        // that touches its own statics, directly or through another cctor) goes ahead and sees the class as it is,
        // as in .NET; so does a thread whose wait would close a cycle of threads waiting for each other's cctors.
        // Threads are told apart by the top of their stack. Bookkeeping runs with preemption disabled.
        private const int MaxRunning = 64;
        private static RunningTable s_running;
        private static int s_runningCount;
        private struct RunningTable
        {
            public fixed ulong Context[MaxRunning];     // a cctor being run
            public fixed ulong Owner[MaxRunning];       // by this thread
            public fixed ulong WaitsFor[MaxRunning];    // which, meanwhile, waits for this cctor (0 = none)
        }

        public static void EnsureClassConstructorRun(StaticClassConstructionContext* context)
        {
            if (context->cctorMethodAddress == 0) return;
            nuint me = Kiln.Runtime.Stacks.CurrentTop;
            Kiln.Runtime.Preemption.Disable();
            while (true)
            {
                nint cctor = context->cctorMethodAddress;
                if (cctor == 0) break;
                int running = IndexOf(context);
                if (running < 0)
                {
                    TypeInitializationException failed = FailureOf(context);
                    if (failed != null)
                    {
                        Kiln.Runtime.Preemption.Enable();
                        throw failed;
                    }
                    Claim(context, me);
                    Kiln.Runtime.Preemption.Enable();
                    if (Kiln.Runtime.ExceptionHandling.CatchSupported) failed = RunCatching(cctor);
                    else ((delegate*<void>)cctor)();
                    Kiln.Runtime.Preemption.Disable();
                    if (failed == null) context->cctorMethodAddress = 0;
                    else s_failures = new Failure { Context = context, Exception = failed, Next = s_failures };
                    Remove(context);
                    if (failed != null)
                    {
                        Kiln.Runtime.Preemption.Enable();
                        throw failed;
                    }
                    break;
                }
                nuint owner = (nuint)s_running.Owner[running];
                if (owner == me || WaitWouldCycle(owner, me)) break;
                SetWaitsFor(me, context);
                Kiln.Runtime.Preemption.Enable();
                if (Kiln.Runtime.Preemption.Preempt != null) Kiln.Runtime.Preemption.Preempt(); // yield to the others
                Kiln.Runtime.Preemption.Disable();
                SetWaitsFor(me, null);
            }
            Kiln.Runtime.Preemption.Enable();
        }

        // A class constructor that threw leaves its class unusable, as in .NET: every use throws the same
        // TypeInitializationException, whose inner exception is what the constructor threw. Its context keeps the
        // constructor's address, so ilc's code keeps calling here.
        private sealed class Failure
        {
            public StaticClassConstructionContext* Context;
            public TypeInitializationException Exception;
            public Failure Next;
        }

        private static Failure s_failures;

        private static TypeInitializationException FailureOf(StaticClassConstructionContext* context)
        {
            for (Failure f = s_failures; f != null; f = f.Next) if (f.Context == context) return f.Exception;
            return null;
        }

        private static TypeInitializationException RunCatching(nint cctor)
        {
            try
            {
                ((delegate*<void>)cctor)();
                return null;
            }
            catch (Exception e)
            {
                return new TypeInitializationException(Kiln.Runtime.Symbols.ClassConstructorType((nuint)cctor), e);
            }
        }

        private static int IndexOf(StaticClassConstructionContext* context)
        {
            for (int i = 0; i < s_runningCount; i++) if (s_running.Context[i] == (ulong)context) return i;
            return -1;
        }

        private static void Claim(StaticClassConstructionContext* context, nuint owner)
        {
            if (s_runningCount == MaxRunning) Kiln.Runtime.Panic.Fatal("more than 64 class constructors running at once");
            s_running.Context[s_runningCount] = (ulong)context;
            s_running.Owner[s_runningCount] = owner;
            s_running.WaitsFor[s_runningCount] = 0;
            s_runningCount++;
        }

        private static void Remove(StaticClassConstructionContext* context)
        {
            int i = IndexOf(context);
            s_runningCount--;
            s_running.Context[i] = s_running.Context[s_runningCount];
            s_running.Owner[i] = s_running.Owner[s_runningCount];
            s_running.WaitsFor[i] = s_running.WaitsFor[s_runningCount];
        }

        private static void SetWaitsFor(nuint thread, StaticClassConstructionContext* context)
        {
            for (int i = 0; i < s_runningCount; i++) if (s_running.Owner[i] == thread) s_running.WaitsFor[i] = (ulong)context;
        }

        // Whether owner, by way of the cctors the threads in its chain wait for, waits for a cctor that me runs.
        private static bool WaitWouldCycle(nuint owner, nuint me)
        {
            for (int hops = 0; hops < MaxRunning; hops++)
            {
                ulong waited = 0;
                for (int i = 0; i < s_runningCount && waited == 0; i++) if (s_running.Owner[i] == owner) waited = s_running.WaitsFor[i];
                if (waited == 0) return false;
                int next = IndexOf((StaticClassConstructionContext*)waited);
                if (next < 0) return false;
                owner = (nuint)s_running.Owner[next];
                if (owner == me) return true;
            }
            return false;
        }
    }
}

using System.Runtime;
using System.Runtime.CompilerServices;
using Kiln.Runtime;

namespace Kiln.Arch
{
    // The CPU side of interrupts on a ring-0 platform (kvm): the GDT with a TSS, the IDT over cpu.S's stubs, and one
    // dispatch for every vector. CPU exceptions become a fault of the runtime's kinds (Panic.CpuFault); any other vector
    // goes to the handler registered for it. Interrupt controllers (APIC, IOAPIC) are the platform's.
    internal static unsafe class Interrupts
    {
        public const int FirstDeviceVector = 32, LastDeviceVector = 71, SpuriousVector = 255;
        private const int Exceptions = 22;                 // vectors 0-21 have stubs
        private const int PageFaultVector = 14, DoubleFaultVector = 8;
        private const ushort CodeSelector = 0x08, TssSelector = 0x18;
        private const byte InterruptGate = 0x8E;           // present, ring 0, 64-bit interrupt gate (IF cleared inside)
        private const int TssBytes = 104, FaultStackBytes = 16384;

        [RuntimeImport("*", "kiln_x64_vector_stub_table")] [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern ulong* VectorStubs();

        private struct IdtEntry { public ushort OffsetLow, Selector; public byte Ist, Attributes; public ushort OffsetMid; public uint OffsetHigh, Zero; }
        private struct Idt { public fixed ulong Entries[2 * 256]; }
        private struct Handlers { public fixed ulong Entries[256]; }
        // GDT: null, 64-bit code (0x08), data (0x10) as the boot GDT has them, then the TSS (0x18, two slots), whose IST1
        // stack takes page faults and double faults: a stack overflow faults with no stack left to push a frame on.
        private struct Gdt { public fixed ulong Entries[5]; }
        private struct Tss { public fixed byte Bytes[TssBytes]; }
        private struct FaultStack { public fixed byte Bytes[FaultStackBytes]; }
        private static Idt s_idt;
        private static Handlers s_handlers;
        private static Gdt s_gdt;
        private static Tss s_tss;
        private static FaultStack s_faultStack;

        // The tables, with every CPU exception routed to the fault report. Interrupts stay off until the platform
        // turns them on.
        public static void Install()
        {
            InstallTss();
            for (int v = 0; v < Exceptions; v++) SetGate(v, v == PageFaultVector || v == DoubleFaultVector ? (byte)1 : (byte)0);
            // The IDTR is a packed 10-byte {limit, base}.
            byte* idtr = stackalloc byte[16];
            *(ushort*)idtr = 256 * 16 - 1;
            *(ulong*)(idtr + 2) = (ulong)Unsafe.AsPointer(ref s_idt.Entries[0]);
            Cpu.LoadIdt(idtr);
        }

        // Routes vector (FirstDeviceVector..LastDeviceVector, or SpuriousVector) to handler, which gets the vector and runs
        // with interrupts off; null leaves the vector's gate in place and ignores it.
        public static void SetHandler(int vector, delegate*<int, void> handler)
        {
            if ((vector < FirstDeviceVector || vector > LastDeviceVector) && vector != SpuriousVector)
                Panic.Fatal("interrupt handler for a vector without a stub");
            s_handlers.Entries[vector] = (ulong)handler;
            SetGate(vector, 0);
        }

        private static void SetGate(int vector, byte ist)
        {
            int stub = vector < Exceptions ? vector : vector == SpuriousVector ? Exceptions + LastDeviceVector - FirstDeviceVector + 1 : Exceptions + vector - FirstDeviceVector;
            ulong handler = VectorStubs()[stub];
            IdtEntry* e = (IdtEntry*)Unsafe.AsPointer(ref s_idt.Entries[0]) + vector;
            e->OffsetLow = (ushort)handler;
            e->Selector = CodeSelector;
            e->Ist = ist;
            e->Attributes = InterruptGate;
            e->OffsetMid = (ushort)(handler >> 16);
            e->OffsetHigh = (uint)(handler >> 32);
            e->Zero = 0;
        }

        private static void InstallTss()
        {
            ulong* gdt = (ulong*)Unsafe.AsPointer(ref s_gdt.Entries[0]);
            gdt[0] = 0;
            gdt[1] = 0x00AF9A000000FFFF;
            gdt[2] = 0x00CF92000000FFFF;
            ulong tss = (ulong)Unsafe.AsPointer(ref s_tss.Bytes[0]);
            const ulong Limit = TssBytes - 1;
            gdt[3] = (Limit & 0xFFFF) | ((tss & 0xFFFFFF) << 16) | (0x89UL << 40) | (((Limit >> 16) & 0xF) << 48) | (((tss >> 24) & 0xFF) << 56);
            gdt[4] = tss >> 32;
            ulong istTop = ((ulong)Unsafe.AsPointer(ref s_faultStack.Bytes[0]) + FaultStackBytes) & ~15UL;
            *(ulong*)(tss + 36) = istTop;                       // IST1
            *(ushort*)(tss + 102) = TssBytes;                   // no I/O permission bitmap
            byte* gdtr = stackalloc byte[16];
            *(ushort*)gdtr = 5 * 8 - 1;
            *(ulong*)(gdtr + 2) = (ulong)gdt;
            Cpu.LoadGdt(gdtr);
            Cpu.LoadTaskRegister(TssSelector);
        }

        // The frame cpu.S builds, in qwords: r15..r8 (0-7), rbp, rdi, rsi, rdx, rcx, rbx, rax (8-14), vector, error
        // code, rip, cs, rflags, rsp, ss. CpuFault gets the slots of rax, rcx, rdx, rbx, rsp, rbp, rsi, rdi, r8-r15, rip
        // in that order (the unwinder's register numbering), so it can resume the interrupted code elsewhere.
        private const int FrameR8 = 7, FrameRbp = 8, FrameRdi = 9, FrameRsi = 10, FrameRdx = 11, FrameRcx = 12, FrameRbx = 13,
            FrameRax = 14, FrameVector = 15, FrameRip = 17, FrameRsp = 20;

        [RuntimeExport("kiln_x64_interrupt")]
        private static void Dispatch(ulong* frame)
        {
            int vector = (int)frame[FrameVector];
            if (vector < FirstDeviceVector)
            {
                // A CPU exception: a panic report, or the frame is changed to return into the exception dispatcher.
                byte* slots = stackalloc byte[17] { FrameRax, FrameRcx, FrameRdx, FrameRbx, FrameRsp, FrameRbp, FrameRsi, FrameRdi,
                    FrameR8, FrameR8 - 1, FrameR8 - 2, FrameR8 - 3, FrameR8 - 4, FrameR8 - 5, FrameR8 - 6, FrameR8 - 7, FrameRip };
                Panic.CpuFault(FaultKind(vector), vector, vector == PageFaultVector ? Cpu.ReadCr2() : 0, (nuint*)frame, slots);
                return;
            }
            var handler = (delegate*<int, void>)s_handlers.Entries[vector];
            if (handler != null) handler(vector);
        }

        private static Panic.Fault FaultKind(int vector) => vector switch
        {
            0 => Panic.Fault.DivideError,
            6 => Panic.Fault.InvalidOpcode,
            13 => Panic.Fault.GeneralProtection,
            PageFaultVector => Panic.Fault.PageFault,
            _ => Panic.Fault.Other,
        };
    }
}

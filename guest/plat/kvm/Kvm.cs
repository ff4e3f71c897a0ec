using System;
using System.Runtime;
using System.Runtime.CompilerServices;
using Kiln.Abi;
using Kiln.Runtime;

namespace Kiln.Platform.Kvm
{
    // The kvm platform: a PVH-booted x86_64 VM (QEMU microvm/q35, Firecracker, cloud-hypervisor, Xen PVH).
    // Console = COM1, memory = the PVH memory map's RAM in a frame allocator (the heap is its longest run), arguments =
    // the PVH command line, exit = a status record on COM2 and isa-debug-exit (then halt), CPU exceptions = IDT ->
    // panic report.
    internal static unsafe class Kvm
    {
        private const ushort Com1 = 0x3F8;
        private const uint StartInfoMagic = 0x336EC578;

        [RuntimeImport("*", "kiln_kvm_trap_stub_table")] [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern ulong* TrapStubs();
        [RuntimeImport("*", "kiln_kvm_image_end")] [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern byte* ImageEnd();
        [RuntimeImport("*", "kiln_kvm_irq_timer")] [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern ulong TimerStub();
        [RuntimeImport("*", "kiln_kvm_irq_spurious")] [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern ulong SpuriousStub();

        private struct StartInfo
        {
            public uint Magic, Version, Flags, NrModules;
            public ulong ModlistPaddr, CmdlinePaddr, RsdpPaddr, MemmapPaddr;
            public uint MemmapEntries, Reserved;
        }

        private struct MemmapEntry { public ulong Addr, Size; public uint Type, Reserved; }

        private struct IdtEntry { public ushort OffsetLow, Selector; public byte Ist, Attributes; public ushort OffsetMid; public uint OffsetHigh, Zero; }

        // GDT: null, 64-bit code (0x08), data (0x10) as in boot.S, then the TSS (0x18, two slots), whose IST1 stack
        // takes page faults and double faults: a stack overflow faults with no stack left to push a frame on.
        private struct Gdt { public fixed ulong Entries[5]; }
        private struct Tss { public fixed byte Bytes[104]; }
        private struct FaultStack { public fixed byte Bytes[16384]; }
        private static Gdt s_gdt;
        private static Tss s_tss;
        private static FaultStack s_faultStack;
        private const ushort TssSelector = 0x18;

        private static Idt s_idt;
        private struct Idt { public fixed ulong Entries[2 * 256]; }
        private static Name s_platformName;
        private struct Name { public fixed byte Bytes[8]; }

        [RuntimeExport("kiln_kvm_main")]
        private static void Main(StartInfo* info, byte* stackTop)
        {
            Time.MarkBoot();
            InstallIdt();
            InstallTss();
            if (info == null || info->Magic != StartInfoMagic) Panic.Fatal("not booted through PVH (bad hvm_start_info magic)");

            BootInfo boot;
            boot.StackTop = stackTop;
            boot.Envp = null;
            boot.Platform = (byte*)Unsafe.AsPointer(ref s_platformName.Bytes[0]);
            boot.Platform[0] = (byte)'k'; boot.Platform[1] = (byte)'v'; boot.Platform[2] = (byte)'m'; boot.Platform[3] = 0;
            byte* cmdline = (byte*)info->CmdlinePaddr;
            ulong cmdlineLength = 0;
            if (cmdline != null) while (cmdline[cmdlineLength] != 0) cmdlineLength++;
            InitializeFrames(info, cmdline, cmdlineLength);
            boot.Argc = ParseCommandLine(cmdline, cmdlineLength, out boot.Argv);
            TakeHeap(&boot);
            // Everything needed from the start info (page 0 on q35) is copied out by now: switch to the kernel's
            // page tables, whose frames come from the frame allocator.
            Paging.Initialize();
            Startup.Run(&boot);
        }

        // The PVH command line is the app's argv, decoded word by word (guest/abi/CommandLine.cs) into frames of its own.
        private static int ParseCommandLine(byte* cmdline, ulong length, out byte** argv)
        {
            // A word takes at least two bytes of the line with the space after it: that bounds argc.
            ulong maxWords = length / 2 + 2;
            byte* frames = (byte*)AllocateFrames((maxWords * 8 + length + 1 + FrameAllocator.FrameSize - 1) / FrameAllocator.FrameSize);
            argv = (byte**)frames;
            byte* text = frames + maxWords * 8, end = text + length + 1;
            var line = new ReadOnlySpan<byte>(cmdline, (int)length);
            int at = 0, argc = 0, n;
            while ((n = CommandLine.NextWord(line, ref at, new Span<byte>(text, (int)(end - text)))) >= 0)
            {
                argv[argc++] = text;
                text[n] = 0;
                text += n + 1;
            }
            argv[argc] = null;
            return argc;
        }

        // Physical memory: every RAM range of the PVH memory map below 4 GiB (the identity map's reach), less
        // everything up to the image's end, the command line (until it is decoded) and the frame bitmap, which goes at
        // the start of the first RAM range above the image that holds it.
        private static FrameAllocator s_frames;

        private static ulong ImageEndFrame => ((ulong)ImageEnd() + FrameAllocator.FrameSize - 1) & ~(FrameAllocator.FrameSize - 1);

        private static void InitializeFrames(StartInfo* info, byte* cmdline, ulong cmdlineLength)
        {
            const ulong Mapped = 4UL << 30;
            ulong imageEnd = ImageEndFrame;
            MemmapEntry* map = (MemmapEntry*)info->MemmapPaddr;
            uint entries = info->Version >= 1 && map != null ? info->MemmapEntries : 0;
            ulong top = 0;
            for (uint i = 0; i < entries; i++)
            {
                ulong stop = map[i].Addr + map[i].Size;
                if (map[i].Type == 1 && stop > top) top = stop < Mapped ? stop : Mapped;
            }
            ulong bitmapBytes = FrameAllocator.BitmapBytes(top), bitmap = 0;
            for (uint i = 0; i < entries && bitmap == 0; i++)
            {
                ulong start = map[i].Addr > imageEnd ? map[i].Addr : imageEnd, stop = map[i].Addr + map[i].Size;
                start = (start + 7) & ~7UL;
                if (stop > Mapped) stop = Mapped;
                if (map[i].Type == 1 && stop > start && stop - start >= bitmapBytes) bitmap = start;
            }
            if (bitmap == 0) Panic.Fatal("no usable RAM above the image in the PVH memory map; give the VM more memory");
            s_frames.Initialize((ulong*)bitmap, top);
            for (uint i = 0; i < entries; i++)
                if (map[i].Type == 1) s_frames.AddRam(map[i].Addr, map[i].Addr + map[i].Size);
            s_frames.Reserve(0, imageEnd);
            s_frames.Reserve(bitmap, bitmap + bitmapBytes);
            if (cmdline != null) s_frames.Reserve((ulong)cmdline, (ulong)cmdline + cmdlineLength + 1);
        }

        // The heap is the longest free run, less the frames page tables may need.
        private static void TakeHeap(BootInfo* boot)
        {
            ulong imageEnd = ImageEndFrame;
            ulong run = s_frames.LargestFreeRun(out _);
            ulong tables = Paging.TableFrames(imageEnd, run * FrameAllocator.FrameSize);
            if (run <= tables) Panic.Fatal("no room for the heap in the PVH memory map; give the VM more memory");
            ulong heap = s_frames.Allocate(run - tables);
            boot->HeapBase = (byte*)heap;
            boot->HeapSize = (nuint)((run - tables) * FrameAllocator.FrameSize);
            // A firmware that ran before us (SeaBIOS on q35) leaves tables in RAM its memory map still calls free.
            boot->HeapZeroed = false;
        }

        // Zeroed, contiguous 4 KiB frames for the kernel's own use (page tables, argv).
        internal static ulong* AllocateFrames(ulong count)
        {
            ulong* frames = (ulong*)s_frames.Allocate(count);
            if (frames == null) Panic.Fatal("out of page frames");
            for (ulong i = 0; i < count * 512; i++) frames[i] = 0;
            return frames;
        }

        // CPU exceptions 0-21 go to the panic report; Apic adds the timer and spurious vectors when it starts.
        private static void InstallIdt()
        {
            ulong* stubs = TrapStubs();
            for (int v = 0; v < 22; v++) SetInterruptGate(v, stubs[v], v == 8 || v == 14 ? (byte)1 : (byte)0);
            // The IDTR is a packed 10-byte {limit, base}.
            byte* idtr = stackalloc byte[16];
            *(ushort*)idtr = 256 * 16 - 1;
            *(ulong*)(idtr + 2) = (ulong)Unsafe.AsPointer(ref s_idt.Entries[0]);
            Cpu.LoadIdt(idtr);
        }

        private static void InstallTss()
        {
            ulong* gdt = (ulong*)Unsafe.AsPointer(ref s_gdt.Entries[0]);
            gdt[0] = 0;
            gdt[1] = 0x00AF9A000000FFFF;
            gdt[2] = 0x00CF92000000FFFF;
            ulong tss = (ulong)Unsafe.AsPointer(ref s_tss.Bytes[0]);
            const ulong Limit = 103;
            gdt[3] = (Limit & 0xFFFF) | ((tss & 0xFFFFFF) << 16) | (0x89UL << 40) | (((Limit >> 16) & 0xF) << 48) | (((tss >> 24) & 0xFF) << 56);
            gdt[4] = tss >> 32;
            ulong istTop = ((ulong)Unsafe.AsPointer(ref s_faultStack.Bytes[0]) + 16384) & ~15UL;
            *(ulong*)(tss + 36) = istTop;                       // IST1
            *(ushort*)(tss + 102) = 104;                         // no I/O permission bitmap
            byte* gdtr = stackalloc byte[16];
            *(ushort*)gdtr = 5 * 8 - 1;
            *(ulong*)(gdtr + 2) = (ulong)gdt;
            Cpu.LoadGdt(gdtr);
            Cpu.LoadTaskRegister(TssSelector);
        }

        [RuntimeExport("kiln_plat_guard_page")]
        private static void GuardPage(void* page, int guard) => Paging.SetGuard(page, guard != 0);

        // The thread pointer is the fs base (IA32_FS_BASE), set once at start-up.
        [RuntimeExport("kiln_plat_set_tls_base")]
        private static void SetTlsBase(nuint threadPointer) => Cpu.WriteMsr(0xC0000100, threadPointer);

        internal static void SetInterruptGate(int vector, ulong handler, byte ist = 0)
        {
            IdtEntry* e = (IdtEntry*)Unsafe.AsPointer(ref s_idt.Entries[0]) + vector;
            e->OffsetLow = (ushort)handler;
            e->Selector = 0x08;
            e->Ist = ist;
            e->Attributes = 0x8E; // present, ring 0, 64-bit interrupt gate (interrupts stay off inside)
            e->OffsetMid = (ushort)(handler >> 16);
            e->OffsetHigh = (uint)(handler >> 32);
            e->Zero = 0;
        }

        // Every exception and interrupt (cpu.S kiln_kvm_interrupt_entry). The spurious vector needs no end-of-interrupt.
        [RuntimeExport("kiln_kvm_interrupt")]
        private static void Interrupt(ulong* frame)
        {
            int vector = (int)frame[15];
            if (vector < 32) Trap(frame); // a CPU exception: a panic report, or it returns into the exception dispatcher
            else if (vector == Apic.TimerVector) Apic.OnTimer();
        }

        private static void Trap(ulong* frame)
        {
            int vector = (int)frame[15];
            Panic.Fault fault = vector switch
            {
                0 => Panic.Fault.DivideError,
                6 => Panic.Fault.InvalidOpcode,
                13 => Panic.Fault.GeneralProtection,
                14 => Panic.Fault.PageFault,
                _ => Panic.Fault.Other,
            };
            // Where cpu.S saved rax, rcx, rdx, rbx, rsp, rbp, rsi, rdi, r8-r15 and rip, which iretq restores.
            byte* slots = stackalloc byte[17] { 14, 12, 11, 13, 20, 8, 10, 9, 7, 6, 5, 4, 3, 2, 1, 0, 17 };
            Panic.CpuFault(fault, vector, vector == 14 ? Cpu.ReadCr2() : 0, (nuint*)frame, slots);
        }

        [RuntimeExport("kiln_plat_console_write")]
        private static void ConsoleWrite(byte* buffer, nint length) => Cpu.OutSB(Com1, buffer, length);

        // The status record on COM2 carries the whole status, and a panic as such; isa-debug-exit then makes QEMU
        // exit with (v << 1) | 1, which holds 7 bits of it (docs/boot.md, "Exit status"). Where the devices are
        // absent the writes are ignored and the VM halts.
        [RuntimeExport("kiln_plat_exit")]
        private static void Exit(int status)
        {
            byte* record = stackalloc byte[ExitChannel.MaxRecord];
            Cpu.OutSB(ExitChannel.StatusPort, record, ExitChannel.ExitRecord(status, new Span<byte>(record, ExitChannel.MaxRecord)));
            Stop((byte)status);
        }

        [RuntimeExport("kiln_plat_abort")]
        private static void Abort()
        {
            byte* record = stackalloc byte[ExitChannel.MaxRecord];
            Cpu.OutSB(ExitChannel.StatusPort, record, ExitChannel.PanicRecord(new Span<byte>(record, ExitChannel.MaxRecord)));
            Stop(ExitChannel.PanicStatus);
        }

        private static void Stop(byte status)
        {
            Cpu.OutB(ExitChannel.DebugExitPort, (byte)(status & 0x7F));
            Cpu.Halt();
        }
    }
}

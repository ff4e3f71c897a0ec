using System.Runtime;
using System.Runtime.CompilerServices;
using Kiln.Runtime;

namespace Kiln.Arch
{
    // The kernel's own page tables (docs/boot.md, "Memory"), replacing boot.S's bootstrap ones: an identity map of
    // the first 4 GiB in 2 MiB pages, no-execute everywhere but the image's text; the 2 MiB regions that hold the
    // image are split into 4 KiB pages so that text is read+execute, rodata read-only, data and bss read+write,
    // and page 0 and the boot stack's guard page are absent. Regions at and above 3 GiB (the MMIO hole: APIC,
    // IOAPIC, PCI) are uncached. Page tables are zeroed frames from the platform's frame allocator.
    // Stacks made later get guard pages through SetGuard, which splits a 2 MiB page when it has to.
    internal static unsafe class Paging
    {
        private const ulong Present = 1, Writable = 1 << 1, WriteThrough = 1 << 3, CacheDisable = 1 << 4, LargePage = 1 << 7;
        private const ulong NoExecute = 1UL << 63;
        private const ulong AddressMask = 0x000F_FFFF_FFFF_F000;
        private const ulong PageSize = 4096, LargePageSize = 2 << 20;
        private const ulong Mapped = 4UL << 30, MmioHole = 3UL << 30;

        private static ulong* s_pd;          // 4 consecutive page directories: 2048 entries of 2 MiB

        // Frames the tables may need at most: the fixed ones, a page table per 2 MiB the image touches, and one per
        // 2 MiB of heap in case every region there gets a guard page. The heap leaves this many frames free.
        public static ulong TableFrames(ulong imageEnd, ulong heapBytes) =>
            6 + imageEnd / LargePageSize + 1 + heapBytes / LargePageSize + 1;

        private static delegate*<ulong, ulong*> s_allocateFrames;

        // layout: the image's text, rodata and data starts, its end, and the boot stack's guard page.
        public static void Initialize(delegate*<ulong, ulong*> allocateFrames, ulong* layout)
        {
            s_allocateFrames = allocateFrames;
            ulong* pml4 = allocateFrames(1);
            ulong* pdpt = allocateFrames(1);
            s_pd = allocateFrames(4);
            pml4[0] = (ulong)pdpt | Present | Writable;
            for (int i = 0; i < 4; i++) pdpt[i] = ((ulong)s_pd + (ulong)i * PageSize) | Present | Writable;
            for (ulong r = 0; r < Mapped / LargePageSize; r++)
            {
                ulong address = r * LargePageSize;
                s_pd[r] = address | Present | Writable | LargePage | NoExecute | (address >= MmioHole ? CacheDisable | WriteThrough : 0);
            }

            ulong text = layout[0] & ~(PageSize - 1), rodata = layout[1], data = layout[2], end = layout[3], bootGuard = layout[4];
            for (ulong r = 0; r <= (end - 1) / LargePageSize; r++)
            {
                ulong* pt = Split(r);
                for (ulong i = 0; i < 512; i++)
                {
                    ulong page = r * LargePageSize + i * PageSize;
                    ulong flags;
                    if (page == 0 || page == bootGuard) flags = 0;
                    else if (page >= text && page < rodata) flags = Present;                           // read + execute
                    else if (page >= rodata && page < data) flags = Present | NoExecute;               // read-only
                    else flags = Present | Writable | NoExecute;                                       // data, bss, other RAM
                    pt[i] = flags == 0 ? 0 : page | flags;
                }
            }
            Cpu.WriteCr3((ulong)pml4);
            Stacks.AddGuard((nuint)bootGuard, (nuint)(bootGuard + PageSize));
        }

        // Makes the 4 KiB page at address absent (guard) or read+write again.
        public static void SetGuard(void* address, bool guard)
        {
            ulong page = (ulong)address & ~(PageSize - 1);
            if (page >= Mapped) Panic.FailFast("guard page outside the identity map");
            ulong* pt = Split(page / LargePageSize);
            pt[(page % LargePageSize) / PageSize] = guard ? 0 : page | Present | Writable | NoExecute;
            Cpu.Invlpg((void*)page);
        }

        // The page table behind a 2 MiB region; a large page becomes 512 small ones with the same rights.
        private static ulong* Split(ulong region)
        {
            ulong entry = s_pd[region];
            if ((entry & LargePage) == 0) return (ulong*)(entry & AddressMask);
            ulong* pt = s_allocateFrames(1);
            ulong flags = entry & (Present | Writable | WriteThrough | CacheDisable | NoExecute);
            ulong base_ = entry & AddressMask;
            for (ulong i = 0; i < 512; i++) pt[i] = (base_ + i * PageSize) | flags;
            s_pd[region] = (ulong)pt | Present | Writable;
            Cpu.Invlpg((void*)(region * LargePageSize));
            return pt;
        }
    }
}

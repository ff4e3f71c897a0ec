# kvm platform boot: PVH entry (32-bit protected mode, paging off, ebx = hvm_start_info), long mode,
# identity-mapped page tables with page 0 unmapped, SSE on, then C# (kiln_kvm_main) on a 64 KiB stack.
        .intel_syntax noprefix

# PVH: Xen ELF note type 18 (XEN_ELFNOTE_PHYS32_ENTRY) holding the physical 32-bit entry point.
        .section .note.pvh, "a", @note
        .balign 4
        .long   4                       # namesz
        .long   8                       # descsz
        .long   18                      # type
        .asciz  "Xen"
        .balign 4
        .quad   pvh_start32

        .section .boot, "ax", @progbits
        .code32
        .globl pvh_start32
pvh_start32:
        cli
        cld
        mov     edi, OFFSET boot_start_info
        mov     [edi], ebx

        # Zero .bss (page tables and stack live there).
        mov     edi, OFFSET __kiln_bss_start
        mov     ecx, OFFSET __kiln_bss_end
        sub     ecx, edi
        xor     eax, eax
        rep stosb

        # PML4[0] -> PDPT; PDPT[0..3] -> four page directories of 2 MiB pages covering 4 GiB,
        # except the first 2 MiB, which go through a page table so that page 0 stays unmapped.
        mov     eax, OFFSET boot_pdpt
        or      eax, 3
        mov     [boot_pml4], eax
        mov     edi, OFFSET boot_pdpt
        mov     eax, OFFSET boot_pd
        or      eax, 3
        mov     ecx, 4
1:      mov     [edi], eax
        add     eax, 4096
        add     edi, 8
        loop    1b

        mov     edi, OFFSET boot_pd
        mov     eax, 0x83                # present | writable | 2 MiB
        xor     edx, edx
        mov     ecx, 2048
2:      mov     [edi], eax
        mov     [edi + 4], edx
        add     eax, 0x200000
        adc     edx, 0
        add     edi, 8
        loop    2b

        mov     eax, OFFSET boot_pt
        or      eax, 3
        mov     [boot_pd], eax
        # Page 0 starts mapped: on q35 the PVH option ROM leaves hvm_start_info there. The C# platform code
        # reads it, then switches to its own page tables (Paging.cs), where page 0 is absent.
        mov     edi, OFFSET boot_pt
        mov     eax, 0x0003
        mov     ecx, 512
3:      mov     [edi], eax
        add     eax, 0x1000
        add     edi, 8
        loop    3b

        # PAE + OSFXSR + OSXMMEXCPT, long mode + NX, paging + write-protect.
        mov     eax, cr4
        or      eax, (1 << 5) | (1 << 9) | (1 << 10)
        mov     cr4, eax
        mov     eax, OFFSET boot_pml4
        mov     cr3, eax
        mov     ecx, 0xC0000080
        rdmsr
        or      eax, (1 << 8) | (1 << 11)
        wrmsr
        mov     eax, cr0
        and     eax, ~(1 << 2)           # EM off: SSE instructions execute
        or      eax, (1 << 31) | (1 << 16) | (1 << 1) | 1
        mov     cr0, eax

        lgdt    [boot_gdt_ptr]
        ljmp    0x08, OFFSET boot_start64

        .code64
boot_start64:
        mov     ax, 0x10
        mov     ds, ax
        mov     es, ax
        mov     ss, ax
        xor     eax, eax
        mov     fs, ax
        mov     gs, ax
        lea     rsp, [rip + boot_stack_top]
        xor     ebp, ebp
        # A random __security_cookie (guest/arch/x86_64/runtime.S) before the first C# frame: a function checks its
        # stack cookie against the value it saw on entry. RDRAND where CPUID.1:ECX[30] offers it (it may come back
        # empty, so a few tries), mixed with the TSC so that a CPU without it still varies from boot to boot.
        mov     eax, 1
        cpuid
        xor     r8d, r8d
        bt      ecx, 30
        jnc     6f
        mov     r9d, 10
5:      rdrand  r8
        jc      6f
        dec     r9d
        jnz     5b
6:      rdtsc
        shl     rdx, 32
        or      rax, rdx
        xor     rax, r8
        mov     [rip + __security_cookie], rax
        mov     edi, [rip + boot_start_info]
        lea     rsi, [rip + boot_stack_top]
        call    kiln_kvm_main
4:      cli
        hlt
        jmp     4b

        .section .rodata
        .balign 16
boot_gdt:
        .quad   0
        .quad   0x00AF9A000000FFFF       # 0x08: 64-bit code, ring 0
        .quad   0x00CF92000000FFFF       # 0x10: data
boot_gdt_end:
boot_gdt_ptr:
        .word   boot_gdt_end - boot_gdt - 1
        .quad   boot_gdt

        .bss
        .balign 4096
boot_pml4:      .skip 4096
boot_pdpt:      .skip 4096
boot_pd:        .skip 4096 * 4
boot_pt:        .skip 4096
        .globl kiln_kvm_boot_stack_guard
kiln_kvm_boot_stack_guard:              # unmapped by the kernel page tables (Paging.cs): overflow faults here
                .skip 4096
boot_stack:     .skip 65536
boot_stack_top:

        .data
        .balign 8
boot_start_info: .quad 0                 # in .data: .bss is zeroed after it is stored

        .section .note.GNU-stack, "", @progbits
        .text
        .globl kiln_kvm_image_end, kiln_kvm_layout
kiln_kvm_image_end:
        lea     rax, [rip + __kiln_image_end]
        ret
kiln_kvm_layout:                         # void (ulong* out): text, rodata, data, image end, boot stack guard
        lea     rax, [rip + __kiln_text_start]
        mov     [rdi], rax
        lea     rax, [rip + __kiln_rodata_start]
        mov     [rdi + 8], rax
        lea     rax, [rip + __kiln_data_start]
        mov     [rdi + 16], rax
        lea     rax, [rip + __kiln_image_end]
        mov     [rdi + 24], rax
        lea     rax, [rip + kiln_kvm_boot_stack_guard]
        mov     [rdi + 32], rax
        ret

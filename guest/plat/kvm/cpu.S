# CPU primitives the kvm platform's C# code imports (timers, MSRs, CPUID, port I/O, interrupts) and the
# interrupt entry stubs. Interrupts arrive on the interrupted code's stack: kiln images contain no red-zone
# accesses (ilc's code never writes below rsp; a test checks built images), so nothing there is clobbered.
        .intel_syntax noprefix
        .text

        .globl kiln_kvm_rdtsc, kiln_kvm_rdmsr, kiln_kvm_wrmsr, kiln_kvm_cpuid, kiln_kvm_inb
        .globl kiln_kvm_wait_for_interrupt, kiln_kvm_pause
kiln_kvm_rdtsc:                          # ulong ()
        rdtsc
        shl     rdx, 32
        or      rax, rdx
        ret
kiln_kvm_rdmsr:                          # ulong (uint msr)
        mov     ecx, edi
        rdmsr
        shl     rdx, 32
        or      rax, rdx
        ret
kiln_kvm_wrmsr:                          # void (uint msr, ulong value)
        mov     ecx, edi
        mov     eax, esi
        mov     rdx, rsi
        shr     rdx, 32
        wrmsr
        ret
kiln_kvm_cpuid:                          # void (uint leaf, uint subleaf, uint* eax_ebx_ecx_edx)
        push    rbx
        mov     r8, rdx
        mov     eax, edi
        mov     ecx, esi
        cpuid
        mov     [r8], eax
        mov     [r8 + 4], ebx
        mov     [r8 + 8], ecx
        mov     [r8 + 12], edx
        pop     rbx
        ret
kiln_kvm_inb:                            # byte (ushort port)
        mov     edx, edi
        xor     eax, eax
        in      al, dx
        ret
# sti takes effect after the next instruction, so an interrupt that is already pending wakes the hlt
# instead of slipping in between.
kiln_kvm_wait_for_interrupt:
        sti
        hlt
        cli
        ret
kiln_kvm_pause:
        pause
        ret

        .globl kiln_kvm_write_cr3, kiln_kvm_invlpg, kiln_kvm_lgdt, kiln_kvm_ltr, kiln_kvm_layout
kiln_kvm_write_cr3:                      # void (ulong pml4)
        mov     cr3, rdi
        ret
kiln_kvm_invlpg:                         # void (void* address)
        invlpg  [rdi]
        ret
kiln_kvm_lgdt:                           # void (void* gdtr): same selectors as boot.S's GDT, so no reload
        lgdt    [rdi]
        ret
kiln_kvm_ltr:                            # void (ushort selector)
        ltr     di
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

# The one entry for CPU exceptions (stubs in boot.S) and device interrupts (below). Frame, in qwords from the
# pointer kiln_kvm_interrupt gets: r15..rax (0-14), vector (15), error code or 0 (16), rip (17), cs, rflags,
# rsp (20), ss; below it the SSE state, because the handler is C# and may use any xmm register.
        .macro IRQ vec
        .balign 16
irq_\vec:
        push    0
        push    \vec
        jmp     kiln_kvm_interrupt_entry
        .endm

        IRQ 32
        IRQ 255

        .globl kiln_kvm_interrupt_entry
kiln_kvm_interrupt_entry:
        push    rax
        push    rbx
        push    rcx
        push    rdx
        push    rsi
        push    rdi
        push    rbp
        push    r8
        push    r9
        push    r10
        push    r11
        push    r12
        push    r13
        push    r14
        push    r15
        mov     rbx, rsp
        and     rsp, -16
        sub     rsp, 512
        fxsave64 [rsp]
        mov     rdi, rbx
        call    kiln_kvm_interrupt
        fxrstor64 [rsp]
        mov     rsp, rbx
        pop     r15
        pop     r14
        pop     r13
        pop     r12
        pop     r11
        pop     r10
        pop     r9
        pop     r8
        pop     rbp
        pop     rdi
        pop     rsi
        pop     rdx
        pop     rcx
        pop     rbx
        pop     rax
        add     rsp, 16
        iretq

        .globl kiln_kvm_irq_timer, kiln_kvm_irq_spurious
kiln_kvm_irq_timer:
        lea     rax, [rip + irq_32]
        ret
kiln_kvm_irq_spurious:
        lea     rax, [rip + irq_255]
        ret

        .section .note.GNU-stack, "", @progbits

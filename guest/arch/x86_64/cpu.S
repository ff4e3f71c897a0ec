# x86_64 CPU primitives that C# cannot express (imported by Cpu.cs), and the entry of every CPU exception and
# interrupt vector (Interrupts.cs). Interrupts arrive on the interrupted code's stack: kiln images contain no red-zone
# accesses (ilc's code never writes below rsp; a test checks built images), so nothing there is clobbered.
# Only ring-0 platforms (kvm) call these; the linuxu image carries them unused.
        .intel_syntax noprefix
        .text

        .globl kiln_x64_rdtsc, kiln_x64_rdmsr, kiln_x64_wrmsr, kiln_x64_cpuid, kiln_x64_inb, kiln_x64_outb, kiln_x64_outsb
        .globl kiln_x64_wait_for_interrupt, kiln_x64_pause, kiln_x64_halt, kiln_x64_interrupts_disable, kiln_x64_interrupts_restore
kiln_x64_rdtsc:                          # ulong ()
        rdtsc
        shl     rdx, 32
        or      rax, rdx
        ret
kiln_x64_rdmsr:                          # ulong (uint msr)
        mov     ecx, edi
        rdmsr
        shl     rdx, 32
        or      rax, rdx
        ret
kiln_x64_wrmsr:                          # void (uint msr, ulong value)
        mov     ecx, edi
        mov     eax, esi
        mov     rdx, rsi
        shr     rdx, 32
        wrmsr
        ret
kiln_x64_cpuid:                          # void (uint leaf, uint subleaf, uint* eax_ebx_ecx_edx)
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
kiln_x64_inb:                            # byte (ushort port)
        mov     edx, edi
        xor     eax, eax
        in      al, dx
        ret
kiln_x64_outb:                           # void (ushort port, byte value)
        mov     edx, edi
        mov     eax, esi
        out     dx, al
        ret
kiln_x64_outsb:                          # void (ushort port, byte* data, nint count)
        mov     ecx, edx
        mov     edx, edi
        rep outsb
        ret
# sti takes effect after the next instruction, so an interrupt that is already pending wakes the hlt
# instead of slipping in between. Returns with interrupts off.
kiln_x64_wait_for_interrupt:
        sti
        hlt
        cli
        ret
kiln_x64_pause:
        pause
        ret
kiln_x64_halt:
        cli
1:      hlt
        jmp     1b
kiln_x64_interrupts_disable:             # int (): 1 when interrupts were on
        pushfq
        pop     rax
        cli
        shr     eax, 9
        and     eax, 1
        ret
kiln_x64_interrupts_restore:             # void (int previous)
        test    edi, edi
        jz      1f
        sti
1:      ret

        .globl kiln_x64_lidt, kiln_x64_lgdt, kiln_x64_ltr, kiln_x64_read_cr2, kiln_x64_write_cr3, kiln_x64_invlpg
kiln_x64_lidt:                           # void (void* idtr)
        lidt    [rdi]
        ret
kiln_x64_lgdt:                           # void (void* gdtr): the same selectors as the boot GDT, so no reload
        lgdt    [rdi]
        ret
kiln_x64_ltr:                            # void (ushort selector)
        ltr     di
        ret
kiln_x64_read_cr2:
        mov     rax, cr2
        ret
kiln_x64_write_cr3:                      # void (ulong pml4)
        mov     cr3, rdi
        ret
kiln_x64_invlpg:                         # void (void* address)
        invlpg  [rdi]
        ret

# One stub per vector: push a dummy error code where the CPU pushes none, then the vector, and go through the common
# entry. Exceptions 0-21 (8, 10-14, 17 and 21 push an error code), the device vectors 32-71, and the spurious 255.
        .macro STUB vec, has_error
        .balign 16
vector_\vec:
        .if \has_error == 0
        push    0
        .endif
        push    \vec
        jmp     kiln_x64_interrupt_entry
        .endm

        .irp v, 0,1,2,3,4,5,6,7,9,15,16,18,19,20
        STUB \v, 0
        .endr
        .irp v, 8,10,11,12,13,14,17,21
        STUB \v, 1
        .endr
        .irp v, 32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,255
        STUB \v, 0
        .endr

# The stubs' addresses, indexed by vector: 0-21, then 32-71, then 255 (Interrupts.cs knows this order).
        .section .rodata
        .balign 8
kiln_x64_vector_stubs:
        .irp v, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21
        .quad   vector_\v
        .endr
        .irp v, 32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,255
        .quad   vector_\v
        .endr

        .text
        .globl kiln_x64_vector_stub_table
kiln_x64_vector_stub_table:
        lea     rax, [rip + kiln_x64_vector_stubs]
        ret

# Frame, in qwords from the pointer kiln_x64_interrupt gets: r15..rax (0-14), vector (15), error code or 0 (16),
# rip (17), cs, rflags, rsp (20), ss; below it the SSE state, because the handler is C# and may use any xmm register.
kiln_x64_interrupt_entry:
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
        call    kiln_x64_interrupt
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

        .section .note.GNU-stack, "", @progbits

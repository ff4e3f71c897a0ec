# KVM probe guest for `kiln run --accel auto`: linked with boot.S in place of the C# platform code, it
# exercises what a Kiln image needs from the hypervisor (ring 0, long mode, paging, SSE) and reports
# status 42 through isa-debug-exit. A fault reports 99.
        .intel_syntax noprefix
        .text
        .globl kiln_kvm_main, kiln_kvm_interrupt_entry
kiln_kvm_main:
        movaps  xmm0, [rip + probe_values]
        addps   xmm0, xmm0
        movaps  [rip + probe_values], xmm0
        cvtsi2sd xmm1, rdi
        mov     al, 42
        out     0xf4, al
1:      cli
        hlt
        jmp     1b
kiln_kvm_interrupt_entry:                # every trap stub of boot.S jumps here
        mov     al, 99
        out     0xf4, al
        jmp     1b

        .data
        .globl __security_cookie                 # boot.S seeds it with RDRAND and the TSC, as in an image
        .balign 8
__security_cookie:
        .quad   0
        .balign 16
probe_values:
        .float  1.0, 2.0, 3.0, 4.0

        .section .note.GNU-stack, "", @progbits

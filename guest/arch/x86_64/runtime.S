# Runtime helpers that need exact register control: write barriers, throw, interface dispatch, memory
# primitives, and accessors for linker-defined symbols. Shared by every x86_64 platform.
#
# Helpers that may fault on a null pointer their caller passed (a store through null, an interface call on null)
# carry CFI (.cfi_startproc ... .cfi_endproc): the exception dispatcher (guest/runtime/Kiln/ExceptionHandling.cs)
# unwinds out of them into the managed caller, where the NullReferenceException is caught like any other. The
# others need none: the dispatcher never walks through them.
        .intel_syntax noprefix
        .text

# No concurrent or generational GC yet, so a write barrier is a plain store.
        .globl RhpAssignRef, RhpCheckedAssignRef
RhpAssignRef:
RhpCheckedAssignRef:
        .cfi_startproc
        mov     [rdi], rsi
        ret
        .cfi_endproc

# Copies one reference from [rsi] to [rdi] and advances both (ilc's contract for this helper).
        .globl RhpByRefAssignRef
RhpByRefAssignRef:
        .cfi_startproc
        mov     rcx, [rsi]
        mov     [rdi], rcx
        add     rdi, 8
        add     rsi, 8
        ret
        .cfi_endproc

# void kiln_save_registers(nuint* buffer): the callee-saved registers, which may hold the only reference to an
# object, stored where the collector's conservative stack scan sees them.
        .globl kiln_save_registers
kiln_save_registers:
        mov     [rdi], rbx
        mov     [rdi + 8], rbp
        mov     [rdi + 16], r12
        mov     [rdi + 24], r13
        mov     [rdi + 32], r14
        mov     [rdi + 40], r15
        ret

        .globl RhpCheckedLockCmpXchg
RhpCheckedLockCmpXchg:
        .cfi_startproc
        mov     rax, rdx
        lock cmpxchg [rdi], rsi
        ret
        .cfi_endproc

        .globl RhpCheckedXchg
RhpCheckedXchg:
        .cfi_startproc
        mov     rax, rsi
        xchg    [rdi], rax
        ret
        .cfi_endproc

# Exception handling (guest/runtime/Kiln/ExceptionHandling.cs). A dispatch starts from the thrower's registers, a
# Kiln.Runtime.RegisterSet on the stack: { rip, rsp, rbx, rbp, r12, r13, r14, r15 } at offsets 0..56, built by
# pushing them in reverse. None of these entry points has CFI: a walk that starts inside the dispatcher ends at
# them, so a fault in the dispatcher itself cannot recurse.

# void RhpThrowEx(object exception): `throw e`. [rsp] is the return address in the throwing function.
        .globl RhpThrowEx
RhpThrowEx:
        xor     edx, edx                 # kind 0: a throw
        jmp     1f
# void RhpRethrow(): `throw;` in a catch block; the dispatcher finds the exception that block is handling.
        .globl RhpRethrow
RhpRethrow:
        xor     edi, edi
        mov     edx, 1                   # kind 1: a rethrow
1:      lea     rax, [rsp + 8]           # the thrower's rsp after the call returns
        mov     rsi, [rsp]               # the thrower's rip: the return address
        push    r15
        push    r14
        push    r13
        push    r12
        push    rbp
        push    rbx
        push    rax
        push    rsi
        mov     rsi, rsp                 # RegisterSet*
        and     rsp, -16
        call    kiln_eh_throw            # (object exception, RegisterSet* thrower, int kind): never returns
        ud2

# A CPU fault that the runtime turns into an exception (NullReferenceException, DivideByZeroException) resumes
# here: the platform's trap or signal handler returns to this stub with rdi = the fault kind, rsi = the faulting
# rip, rsp = the faulting rsp and every other register as it was at the fault (Kiln.Runtime.Panic.CpuFault). The
# stub writes nothing below the faulting rsp before it runs: on kvm the CPU's interrupt frame was there.
        .globl kiln_eh_fault_stub
kiln_eh_fault_stub:
        cld                              # a fault inside memmove's backward copy leaves the direction flag set
        mov     rax, rsp
        push    r15
        push    r14
        push    r13
        push    r12
        push    rbp
        push    rbx
        push    rax
        push    rsi
        mov     rsi, rsp                 # RegisterSet*
        and     rsp, -16
        call    kiln_eh_fault            # (int kind, RegisterSet* faulting): never returns
        ud2

# void kiln_eh_addresses(nuint* boundary, nuint* faultStub): the funclet-call return address that marks a funclet
# boundary on a stack, and the stub above.
        .globl kiln_eh_addresses
kiln_eh_addresses:
        lea     rax, [rip + kiln_eh_funclet_return]
        mov     [rdi], rax
        lea     rax, [rip + kiln_eh_fault_stub]
        mov     [rsi], rax
        ret

# nuint kiln_eh_call_funclet(void* funclet, FuncletCall* call, object exception): runs a catch, filter, fault or
# finally funclet of the frame call->Frame (a RegisterSet at offset 0). A funclet reaches its method's locals through
# rbp, so the frame's callee-saved registers are loaded first; exception goes in rdi. Returns the funclet's rax:
# a catch funclet's resume address, a filter's verdict. The record's address stays at [rsp] across the call, where
# the dispatcher finds it when an exception escapes the funclet: the return address kiln_eh_funclet_return marks
# that boundary.
        .globl kiln_eh_call_funclet, kiln_eh_funclet_return
kiln_eh_call_funclet:
        push    rbp
        push    rbx
        push    r12
        push    r13
        push    r14
        push    r15
        push    rsi
        mov     rax, rdi
        mov     rdi, rdx
        mov     rbx, [rsi + 16]
        mov     rbp, [rsi + 24]
        mov     r12, [rsi + 32]
        mov     r13, [rsi + 40]
        mov     r14, [rsi + 48]
        mov     r15, [rsi + 56]
        call    rax
kiln_eh_funclet_return:
        add     rsp, 8
        pop     r15
        pop     r14
        pop     r13
        pop     r12
        pop     rbx
        pop     rbp
        ret

# void kiln_eh_resume(RegisterSet* frame, nuint address): continues the frame at address with its rsp and callee-saved
# registers and rax = 0: after a catch funclet, at the resume address it returned; after an exception escaped a
# filter, at kiln_eh_funclet_return with the boundary's rsp, so that the filter's caller sees "false".
        .globl kiln_eh_resume
kiln_eh_resume:
        mov     r11, rsi
        mov     rbx, [rdi + 16]
        mov     rbp, [rdi + 24]
        mov     r12, [rdi + 32]
        mov     r13, [rdi + 40]
        mov     r14, [rdi + 48]
        mov     r15, [rdi + 56]
        mov     rsp, [rdi + 8]
        xor     eax, eax
        jmp     r11

# Interface call through a dispatch cell: r11 = cell, rdi = this, arguments live in rsi..r9 and xmm0..7.
# Resolve the target, restore the arguments and tail-jump to it.
# A call on null faults at the first instruction, before anything is pushed, so the caller unwinds as from a leaf.
        .globl RhpInitialDynamicInterfaceDispatch
RhpInitialDynamicInterfaceDispatch:
        .cfi_startproc
        mov     rax, [rdi]
        push    rdi
        .cfi_adjust_cfa_offset 8
        push    rsi
        .cfi_adjust_cfa_offset 8
        push    rdx
        .cfi_adjust_cfa_offset 8
        push    rcx
        .cfi_adjust_cfa_offset 8
        push    r8
        .cfi_adjust_cfa_offset 8
        push    r9
        .cfi_adjust_cfa_offset 8
        sub     rsp, 136
        .cfi_adjust_cfa_offset 136
        movdqu  [rsp + 0], xmm0
        movdqu  [rsp + 16], xmm1
        movdqu  [rsp + 32], xmm2
        movdqu  [rsp + 48], xmm3
        movdqu  [rsp + 64], xmm4
        movdqu  [rsp + 80], xmm5
        movdqu  [rsp + 96], xmm6
        movdqu  [rsp + 112], xmm7
        mov     rsi, r11
        call    kiln_resolve_interface_call
        mov     r11, rax
        movdqu  xmm0, [rsp + 0]
        movdqu  xmm1, [rsp + 16]
        movdqu  xmm2, [rsp + 32]
        movdqu  xmm3, [rsp + 48]
        movdqu  xmm4, [rsp + 64]
        movdqu  xmm5, [rsp + 80]
        movdqu  xmm6, [rsp + 96]
        movdqu  xmm7, [rsp + 112]
        add     rsp, 136
        pop     r9
        pop     r8
        pop     rcx
        pop     rdx
        pop     rsi
        pop     rdi
        jmp     r11
        .cfi_endproc

# Cached interface call: the cell's cache points at a Kiln cache entry {MethodTable*, target, ...} filled by
# kiln_resolve_interface_call. A hit costs one compare; a miss (another receiver type) re-resolves.
        .globl kiln_cached_interface_dispatch
kiln_cached_interface_dispatch:
        .cfi_startproc
        mov     r10, [r11 + 8]
        mov     rax, [rdi]
        cmp     rax, [r10]
        jne     RhpInitialDynamicInterfaceDispatch
        jmp     [r10 + 8]
        .cfi_endproc

# Transitions between managed and native code are no-ops: there is only managed code and no GC suspension.
        .globl RhpReversePInvoke, RhpReversePInvokeReturn, RhpPInvoke, RhpPInvokeReturn, RhpStackProbe
RhpReversePInvoke:
RhpReversePInvokeReturn:
RhpPInvoke:
RhpPInvokeReturn:
RhpStackProbe:
        ret

        .globl memmove, memcpy
memmove:
memcpy:
        .cfi_startproc
        mov     rax, rdi
        mov     rcx, rdx
        cmp     rdi, rsi
        jbe     1f
        lea     r8, [rsi + rdx]
        cmp     rdi, r8
        jae     1f
        lea     rsi, [rsi + rdx - 1]
        lea     rdi, [rdi + rdx - 1]
        std
        rep movsb
        cld
        ret
1:      rep movsb
        ret
        .cfi_endproc

        .globl memset
memset:
        .cfi_startproc
        mov     r9, rdi
        mov     eax, esi
        mov     rcx, rdx
        rep stosb
        mov     rax, r9
        ret
        .cfi_endproc

# Addresses the linker script defines, for the runtime's RuntimeImport declarations.
        .globl kiln_modules_start, kiln_modules_end, kiln_symtab, kiln_text_bounds
kiln_modules_start:
        lea     rax, [rip + __kiln_modules_start]
        ret
kiln_modules_end:
        lea     rax, [rip + __kiln_modules_end]
        ret
kiln_symtab:
        lea     rax, [rip + __kiln_symtab_start]
        lea     rcx, [rip + __kiln_symtab_end]
        cmp     rax, rcx
        jne     1f
        xor     eax, eax
1:      ret
kiln_text_bounds:
        lea     rax, [rip + __kiln_text_start]
        mov     [rdi], rax
        lea     rax, [rip + __kiln_text_end]
        mov     [rsi], rax
        ret
        .globl kiln_eh_frame_bounds
kiln_eh_frame_bounds:
        lea     rax, [rip + __kiln_eh_frame_start]
        mov     [rdi], rax
        lea     rax, [rip + __kiln_eh_frame_end]
        mov     [rsi], rax
        ret

# void kiln_tls_template(Template* t): where the linker put the PT_TLS image (.tdata, then .tbss), its alignment, and
# whether any code uses it (kiln build defines __kiln_tls_used).
        .globl kiln_tls_template
kiln_tls_template:
        lea     rax, [rip + __kiln_tdata_start]
        mov     [rdi], rax
        lea     rax, [rip + __kiln_tdata_end]
        mov     [rdi + 8], rax
        lea     rax, [rip + __kiln_tbss_end]
        mov     [rdi + 16], rax
        mov     eax, OFFSET __kiln_tls_align
        mov     [rdi + 24], rax
        mov     eax, OFFSET __kiln_tls_used
        mov     [rdi + 32], rax
        ret

# void* kiln_tls_root(): this thread's slot that ilc's thread-static code reads (see ThreadStatics.cs).
        .globl kiln_tls_root
kiln_tls_root:
        mov     rax, qword ptr fs:[0]
        lea     rax, [rax + tls_InlinedThreadStatics@tpoff]
        ret

# void kiln_switch_context(nuint* saveSp, nuint newSp): the scheduler's switch (guest/lib/sched). Pushes the
# callee-saved registers and the flags (the interrupt flag is per thread on kvm), parks rsp in *saveSp, and resumes
# the thread whose rsp is newSp the same way. Everything else is dead across the call or saved by an interrupt
# or signal frame further up that thread's stack.
        .globl kiln_switch_context
kiln_switch_context:
        pushfq
        push    rbp
        push    rbx
        push    r12
        push    r13
        push    r14
        push    r15
        mov     [rdi], rsp
        mov     rsp, rsi
        pop     r15
        pop     r14
        pop     r13
        pop     r12
        pop     rbx
        pop     rbp
        popfq
        ret

# A new thread's first return from kiln_switch_context lands here; the scheduler put its entry point in r12.
        .globl kiln_thread_trampoline
kiln_thread_trampoline:
        xor     ebp, ebp
        call    r12
        ud2

# Interlocked operations: single instructions, so no interrupt or signal can split them; lock makes them
# atomic for other CPUs too.
# A location in a null object faults here as a leaf, with CFI: see the top of this file.
        .globl kiln_cmpxchg32, kiln_cmpxchg64, kiln_xadd32, kiln_xadd64, kiln_xchg32, kiln_xchg64
        .cfi_startproc
kiln_cmpxchg32:                          # int (int* location, int value, int comparand)
        mov     eax, edx
        lock cmpxchg [rdi], esi
        ret
kiln_cmpxchg64:                          # long (long* location, long value, long comparand)
        mov     rax, rdx
        lock cmpxchg [rdi], rsi
        ret
kiln_xadd32:                             # int (int* location, int value): the old value
        mov     eax, esi
        lock xadd [rdi], eax
        ret
kiln_xadd64:
        mov     rax, rsi
        lock xadd [rdi], rax
        ret
kiln_xchg32:
        mov     eax, esi
        xchg    [rdi], eax
        ret
kiln_xchg64:
        mov     rax, rsi
        xchg    [rdi], rax
        ret
        .cfi_endproc

# ilc's stack-cookie checks compare against this. Each platform's entry code replaces it with a random value
# before the first C# frame (kvm: RDRAND and the TSC; linuxu: AT_RANDOM); this one only stands where none does.
        .data
        .globl __security_cookie
        .balign 8
__security_cookie:
        .quad   0x2B992DDFA232

        .section .note.GNU-stack, "", @progbits

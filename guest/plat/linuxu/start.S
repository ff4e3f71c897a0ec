# linuxu entry: a static, libc-free Linux executable. The kernel enters _start with rsp -> argc.
        .intel_syntax noprefix
        .text
        .globl _start
_start:
        xor     ebp, ebp
        mov     rdi, rsp
        # __security_cookie (guest/arch/x86_64/runtime.S) from the kernel's 16 random bytes (AT_RANDOM), before the
        # first C# frame: a function checks its stack cookie against the value it saw on entry. The auxiliary
        # vector follows argv, envp and their terminating NULLs.
        mov     rax, [rsp]
        lea     rcx, [rsp + 16 + rax * 8]
1:      mov     rdx, [rcx]
        add     rcx, 8
        test    rdx, rdx
        jnz     1b
2:      mov     rdx, [rcx]
        test    rdx, rdx
        jz      3f
        add     rcx, 16
        cmp     rdx, 25                 # AT_RANDOM
        jne     2b
        mov     rdx, [rcx - 8]
        mov     rdx, [rdx]
        mov     [rip + __security_cookie], rdx
3:
        and     rsp, -16
        call    kiln_linuxu_main
        ud2

# long kiln_linuxu_syscall(long nr, long a1, long a2, long a3, long a4, long a5, long a6)
        .globl kiln_linuxu_syscall
kiln_linuxu_syscall:
        mov     rax, rdi
        mov     rdi, rsi
        mov     rsi, rdx
        mov     rdx, rcx
        mov     r10, r8
        mov     r8, r9
        mov     r9, [rsp + 8]
        syscall
        ret

# Signal return trampoline (sa_restorer).
        .globl kiln_linuxu_sigreturn
kiln_linuxu_sigreturn:
        mov     eax, 15
        syscall
        ud2

        .section .note.GNU-stack, "", @progbits

using System;
using System.Runtime;
using Internal.Runtime;

namespace Kiln.Runtime
{
    // The fatal-error path, on every platform: unhandled exceptions print .NET's report (UnhandledException); CPU
    // faults that are no exception, FailFast and the runtime's own fatal conditions print
    //   panic: <reason>
    //     at <function>+0x<offset>        (the faulting function, symbolized from the image)
    //     from <function>+0x<offset>      (callers found by scanning the stack; best effort)
    // then the image ends through Platform.Abort (status 101, reported as a panic). The panic path does not allocate,
    // so it works with an exhausted heap.
    internal static unsafe class Panic
    {
        // What the CPU refused, decoded by the arch (guest/arch/*) or the platform's signal handler; vector is the arch's
        // own number for it, printed for Other.
        public enum Fault { DivideError, InvalidOpcode, GeneralProtection, PageFault, Other }

        private static bool s_panicking;

        // Called by the platform's trap or signal handler with the interrupted registers as it saved them, which it
        // restores when it returns: registers[slots[r]] is register r, numbered as x86 encodes them (0 rax, 1 rcx,
        // 2 rdx, 3 rbx, 4 rsp, 5 rbp, 6 rsi, 7 rdi, 8-15 r8-r15), and registers[slots[16]] is rip. A null dereference
        // (a page fault below 4 KiB) or an integer divide error in the image's code becomes an exception
        // (docs/runtime.md, "Exceptions"): CpuFault points rip at kiln_eh_fault_stub, puts the exception's kind in
        // rdi and the faulting pc in rsi, leaves every other register as it was, and returns; the handler's return
        // then resumes the thread in the stub, which throws on the thread's own stack. Anything else (a stack overflow
        // among them) is a panic report, and CpuFault does not return.
        public static void CpuFault(Fault fault, int vector, nuint faultAddress, nuint* registers, byte* slots)
        {
            nuint pc = registers[slots[16]], sp = registers[slots[4]];
            int kind = -1;
            if (fault == Fault.DivideError && Symbols.IsCode(pc))
                kind = (int)(DivisorIsZero(registers, slots, pc) ? ExceptionHandling.FaultKind.DivideByZero : ExceptionHandling.FaultKind.Overflow);
            else if (fault == Fault.PageFault && faultAddress < 4096 && !Stacks.IsGuard(faultAddress, out _))
                kind = (int)ExceptionHandling.FaultKind.NullReference;
            if (kind >= 0 && !s_panicking && Symbols.IsCode(pc))
            {
                registers[slots[7]] = (nuint)kind;
                registers[slots[6]] = pc;
                registers[slots[16]] = ExceptionHandling.FaultStub;
                return;
            }
            Report(fault, vector, pc, faultAddress, sp);
        }

        // The CPU raises the same divide error for a zero divisor and for a quotient too big for its register
        // (int.MinValue / -1): .NET's DivideByZeroException and OverflowException. As CoreCLR does
        // (IsDivByZeroAnIntegerOverflow), decode the div/idiv at pc and read its divisor.
        private static bool DivisorIsZero(nuint* registers, byte* slots, nuint pc)
        {
            byte* ip = (byte*)pc;
            bool operandSize16 = false;
            while (*ip == 0x66 || *ip == 0x67 || *ip == 0xF0 || *ip == 0xF2 || *ip == 0xF3 || *ip == 0x2E || *ip == 0x3E ||
                   *ip == 0x26 || *ip == 0x36 || *ip == 0x64 || *ip == 0x65)
            {
                if (*ip == 0x66) operandSize16 = true;
                ip++;
            }
            byte rex = 0;
            if ((*ip & 0xF0) == 0x40) rex = *ip++;
            byte opcode = *ip++;
            byte modrm = *ip++;
            int op = (modrm >> 3) & 7;
            if ((opcode != 0xF7 && opcode != 0xF6) || (op != 6 && op != 7)) return true;
            int mod = modrm >> 6, rm = modrm & 7;
            ulong value;
            if (mod == 3)
            {
                int reg = rm | ((rex & 1) << 3);
                if (opcode == 0xF6 && rex == 0 && rm >= 4) value = (ulong)registers[slots[rm - 4]] >> 8; // ah, ch, dh, bh
                else value = registers[slots[reg]];
            }
            else
            {
                nuint address = 0;
                if (rm == 4)
                {
                    byte sib = *ip++;
                    int index = ((sib >> 3) & 7) | ((rex & 2) << 2), scaleBits = sib >> 6, baseReg = (sib & 7) | ((rex & 1) << 3);
                    if (index != 4) address += registers[slots[index]] << scaleBits;
                    if ((sib & 7) == 5 && mod == 0) { address += (nuint)(nint)(*(int*)ip); ip += 4; }
                    else address += registers[slots[baseReg]];
                }
                else if (rm == 5 && mod == 0)
                {
                    int disp = *(int*)ip;
                    ip += 4;
                    address = (nuint)((nint)ip + disp); // rip-relative: from the end of the instruction (div has no immediate)
                }
                else address = registers[slots[rm | ((rex & 1) << 3)]];
                if (mod == 1) { address += (nuint)(nint)(*(sbyte*)ip); ip++; }
                else if (mod == 2) { address += (nuint)(nint)(*(int*)ip); ip += 4; }
                // Exactly the operand's bytes: the divide has just read them.
                if (opcode == 0xF6) return *(byte*)address == 0;
                if (operandSize16) return *(ushort*)address == 0;
                return (rex & 8) == 0 ? *(uint*)address == 0 : *(ulong*)address == 0;
            }
            if (opcode == 0xF6) value &= 0xFF;
            else if (operandSize16) value &= 0xFFFF;
            else if ((rex & 8) == 0) value &= 0xFFFFFFFF;
            return value == 0;
        }

        private static void Report(Fault fault, int vector, nuint pc, nuint faultAddress, nuint sp)
        {
            Begin();
            var w = Start();
            if (fault == Fault.PageFault && Stacks.IsGuard(faultAddress, out nuint stackBottom))
            {
                // The guard page below a stack: name the function whose frame did not fit, or, when that is a runtime
                // helper (clearing a stackalloc, say), the app function that called it, as End does.
                // The frame that did not fit moved sp below the stack: the callers start where the stack does.
                nuint callers = sp > stackBottom ? sp : stackBottom;
                nuint culprit = Culprit(pc, callers);
                w.Append("stack overflow in ");
                if (Symbols.TryFind(culprit, out byte* name, out _)) w.AppendBytes(name);
                else { w.Append("0x"); w.AppendHex(culprit); }
                w.Append(" (page fault at 0x");
                w.AppendHex(faultAddress);
                w.Append(")");
                End(ref w, pc, callers);
            }
            switch (fault)
            {
                case Fault.DivideError:
                    w.Append("System.DivideByZeroException: Attempted to divide by zero. (divide error)");
                    break;
                case Fault.PageFault when faultAddress < 4096:
                    w.Append("System.NullReferenceException: Object reference not set to an instance of an object. (page fault at 0x");
                    w.AppendHex(faultAddress);
                    w.Append(")");
                    break;
                case Fault.PageFault:
                    w.Append("page fault at 0x");
                    w.AppendHex(faultAddress);
                    break;
                case Fault.InvalidOpcode:
                    w.Append("invalid opcode");
                    break;
                case Fault.GeneralProtection:
                    w.Append("general protection fault");
                    break;
                default:
                    w.Append("CPU exception ");
                    w.AppendDecimal((nuint)vector);
                    break;
            }
            End(ref w, pc, sp);
        }

        // A fault that CpuFault made an exception, in code the dispatcher cannot walk (no CFI: an assembly routine).
        public static void UnwindableFault(Fault fault, nuint pc, nuint sp)
        {
            Begin();
            var w = Start();
            w.Append(fault == Fault.DivideError ? "System.DivideByZeroException: Attempted to divide by zero. (divide error)"
                                                : "System.NullReferenceException: Object reference not set to an instance of an object. (page fault)");
            End(ref w, pc, sp);
        }

        // An exception no catch took, as .NET reports it: when the first pass finds no handler, "Unhandled exception. "
        // and the exception's ToString (which holds its stack trace) go to the console, after what the app printed;
        // then the finally blocks run (a finally that throws an exception something catches keeps the image going, as
        // in .NET) and EndUnhandledException ends the image as a panic (status 101).
        public static void ReportUnhandledException(object exception)
        {
            string text = exception is Exception e ? e.ToString() : Symbols.TypeName(exception.GetMethodTable());
            Preemption.Disable(); // one report, not interleaved with another thread's output
            Shutdown.Flush();
            var w = new PanicWriter();
            w.Append("Unhandled exception. ");
            w.Append(text);
            w.Append("\n");
            w.Flush();
            Preemption.Enable();
        }

        // An image without catch has no dispatcher (ExceptionHandling.CatchSupported): its exceptions are all unhandled,
        // no finally block runs, and the stack trace is what a scan of the stack finds from pc (best effort).
        public static void UnhandledWithoutDispatch(object exception, nuint pc, nuint sp)
        {
            if (exception is Exception e)
            {
                nuint* frames = stackalloc nuint[MaxFrames];
                int count = Frames(pc, sp, frames);
                e.ClearStackTrace();
                for (int i = 0; i < count; i++) e.AppendStackFrame(frames[i]);
            }
            ReportUnhandledException(exception);
            EndUnhandledException();
        }

        public static void EndUnhandledException()
        {
            Begin();
            Platform.Abort();
        }

        public static void FailFast(string message)
        {
            Begin();
            var w = Start();
            w.Append("Environment.FailFast: ");
            w.Append(message);
            nuint here = 0;
            End(ref w, 0, (nuint)(&here));
        }

        // The allocator's last word: what was asked for and what the heap looked like after a full collection.
        public static void OutOfMemory(ref HeapStatistics stats)
        {
            Begin();
            var w = Start();
            w.Append("out of memory (requested ");
            w.AppendDecimal(stats.Requested);
            w.Append(" bytes; heap ");
            w.AppendDecimal(stats.HeapBytes);
            w.Append(" bytes, ");
            w.AppendDecimal(stats.LiveBytes);
            w.Append(" live, largest free run ");
            w.AppendDecimal(stats.LargestFree);
            w.Append(" bytes, ");
            w.AppendDecimal(stats.Collections);
            w.Append(" collections, allocator ");
            w.Append(stats.Allocator);
            w.Append(")");
            nuint here = 0;
            End(ref w, 0, (nuint)(&here));
        }

        // A fatal condition the runtime or a lib detected, e.g. a deadlock: "panic: <message>".
        public static void Fatal(string message)
        {
            Begin();
            var w = Start();
            w.Append(message);
            nuint here = 0;
            End(ref w, 0, (nuint)(&here));
        }

        // A fatal condition that names a piece of boot data, e.g. a kernel parameter: "panic: <before><text><after>".
        public static void Fatal(string before, byte* text, string after)
        {
            Begin();
            var w = Start();
            w.Append(before);
            w.AppendBytes(text);
            w.Append(after);
            nuint here = 0;
            End(ref w, 0, (nuint)(&here));
        }

        [RuntimeExport("RhpFallbackFailFast")]
        private static void FallbackFailFast() => FailFast("runtime fallback fail-fast");

        private static void Begin()
        {
            Preemption.Disable(); // the report is the last thing the image does: no other thread runs again
            Platform.InterruptsDisable(); // and no handler either
            if (s_panicking)
            {
                // A fault while reporting a fault: say so without touching anything else, and stop.
                var w = new PanicWriter();
                w.Append("\npanic while panicking\n");
                w.Flush();
                Platform.Abort();
            }
            s_panicking = true;
            Shutdown.Run(); // what the app printed comes before the report
        }

        private static PanicWriter Start()
        {
            var w = new PanicWriter();
            w.Append("panic: ");
            return w;
        }

        private const int MaxFrames = 32;

        // pc, then the return addresses found on the stack from sp up.
        private static int Frames(nuint pc, nuint sp, nuint* frames)
        {
            int count = 0;
            if (pc != 0) frames[count++] = pc;
            return count + Backtrace.Scan(sp, Stacks.CurrentTop, frames + count, MaxFrames - count);
        }

        // The first frame outside the runtime: a throw from a runtime helper (a bounds check, a cast) is the app's
        // fault, not the helper's. Index 0 when every frame is the runtime's.
        private static int CulpritIndex(nuint* frames, int count)
        {
            int culprit = 0;
            while (culprit < count && Symbols.IsRuntimeFunction(frames[culprit])) culprit++;
            return culprit == count ? 0 : culprit;
        }

        private static nuint Culprit(nuint pc, nuint sp)
        {
            nuint* frames = stackalloc nuint[MaxFrames];
            int count = Frames(pc, sp, frames);
            return count == 0 ? pc : frames[CulpritIndex(frames, count)];
        }

        // Reports from the culprit on.
        private static void End(ref PanicWriter w, nuint pc, nuint sp)
        {
            w.Append("\n");
            w.Flush();
            nuint* frames = stackalloc nuint[MaxFrames];
            int count = Frames(pc, sp, frames);
            int culprit = CulpritIndex(frames, count);

            // Option runtime.panic-frames: how many lines, counted from the culprit.
            int shown = count - culprit < (int)Kiln.Options.Runtime.PanicFrames ? count - culprit : (int)Kiln.Options.Runtime.PanicFrames;
            for (int i = culprit; i < culprit + shown; i++)
            {
                w.Append(i == culprit ? "  at " : "  from ");
                AppendSymbol(ref w, frames[i]);
                w.Append("\n");
            }
            w.Flush();
            Platform.Abort();
        }

        private static void AppendSymbol(ref PanicWriter w, nuint address)
        {
            if (Symbols.TryFind(address, out byte* name, out nuint start))
            {
                w.AppendBytes(name);
                w.Append("+0x");
                w.AppendHex(address - start);
            }
            else
            {
                w.Append("0x");
                w.AppendHex(address);
            }
        }
    }

    // A fixed-size text buffer for panic reports.
    internal unsafe struct PanicWriter
    {
        private fixed byte _buffer[1024];
        private int _used;

        // UTF-8, as the console expects.
        public void Append(string s)
        {
            if (s == null) return;
            for (int i = 0; i < s.Length; i++)
            {
                uint c = s[i];
                if (c >= 0xD800 && c < 0xDC00 && i + 1 < s.Length && s[i + 1] >= 0xDC00 && s[i + 1] < 0xE000)
                    c = 0x10000 + ((c - 0xD800) << 10) + (uint)(s[++i] - 0xDC00);
                if (c < 0x80) { Put((byte)c); continue; }
                int n = c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
                int shift = 6 * (n - 1);
                Put((byte)(((0xFF00 >> n) & 0xFF) | (c >> shift)));
                for (shift -= 6; shift >= 0; shift -= 6) Put((byte)(0x80 | ((c >> shift) & 0x3F)));
            }
        }

        public void AppendBytes(byte* s)
        {
            while (*s != 0) Put(*s++);
        }

        public void AppendHex(nuint v)
        {
            int shift = 60;
            while (shift > 0 && ((v >> shift) & 0xF) == 0) shift -= 4;
            for (; shift >= 0; shift -= 4)
            {
                int d = (int)((v >> shift) & 0xF);
                Put((byte)(d < 10 ? '0' + d : 'a' + d - 10));
            }
        }

        public void AppendDecimal(nuint v)
        {
            byte* tmp = stackalloc byte[20];
            int n = 0;
            do { tmp[n++] = (byte)('0' + (int)(v % 10)); v /= 10; } while (v != 0);
            while (n > 0) Put(tmp[--n]);
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private void Put(byte b)
        {
            if (_used == 1024) Flush();
            fixed (byte* p = _buffer) p[_used++] = b;
        }

        public void Flush()
        {
            fixed (byte* p = _buffer) Platform.ConsoleWrite(p, _used);
            _used = 0;
        }
    }
}

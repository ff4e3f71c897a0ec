using System;
using System.Runtime;
using Internal.Runtime;

namespace Kiln.Runtime
{
    // The fatal-error path: one report format for CPU faults, unhandled exceptions and FailFast, on every platform.
    //   panic: <reason>
    //     at <function>+0x<offset>        (the faulting or throwing function, symbolized from the image)
    //     from <function>+0x<offset>      (callers found by scanning the stack; best effort)
    // then the image ends through Platform.Abort (status 101, reported as a panic). The path does not allocate, so it
    // works with an exhausted heap.
    internal static unsafe class Panic
    {
        // What the CPU refused, decoded by the arch (guest/arch/*) or the platform's signal handler; vector is the arch's
        // own number for it, printed for Other.
        public enum Fault { DivideError, InvalidOpcode, GeneralProtection, PageFault, Other }

        private static bool s_panicking;

        // Called by the platform's trap or signal handler with the interrupted context.
        public static void CpuFault(Fault fault, int vector, nuint pc, nuint faultAddress, nuint sp)
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

        // RhpThrowEx lands here: there is no exception handling yet, so every throw is unhandled.
        [RuntimeExport("kiln_unhandled_exception")]
        private static void UnhandledException(object exception, nuint returnAddress, nuint sp)
        {
            Begin();
            var w = Start();
            w.Append("unhandled exception: ");
            if (exception is Exception e) w.Append(e.ToString());
            else if (exception is null) w.Append("System.NullReferenceException: throw of a null reference");
            else w.Append(Symbols.TypeName(exception.GetMethodTable()));
            End(ref w, returnAddress - 1, sp);
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

        public void Append(string s)
        {
            if (s == null) return;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                Put(c < 0x80 ? (byte)c : (byte)'?');
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

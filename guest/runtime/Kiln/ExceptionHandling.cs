using System;
using System.Runtime;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Internal.Runtime;

namespace Kiln.Runtime
{
    // Exception dispatch, .NET's two passes over the stack, driven by what ilc emits (docs/runtime.md, "Exceptions"):
    //
    // - Every function and every funclet (ilc compiles each catch, filter, finally and fault block into a function of
    //   its own, which reaches its method's locals through rbp) has an FDE in .eh_frame; the Unwinder walks frames
    //   with their CFI. The FDE's LSDA is ilc's unwind block: a flags byte (funclet kind, has EH info), for a funclet
    //   the distance to its method's block and its offset in the method, for a method a relative pointer to its EH
    //   clauses in .dotnet_eh_table (src/coreclr/nativeaot/Runtime/unix/UnixNativeCodeManager.cpp).
    // - The clauses, innermost first: try range, kind (typed catch, filter, or fault, which is what ilc makes of
    //   finally), handler, and the catch type or the filter (ILCompiler's EncodeEHInfo).
    // - Pass 1 walks from the thrower up, records the stack trace, and asks each typed clause (is the exception an
    //   instance of the type) and filter (the filter funclet runs, deeper frames still intact) whose try range holds
    //   the frame's pc, until one takes it. Pass 2 walks again and runs the fault/finally funclets up to the catching
    //   frame, or, for an unhandled exception, which Panic reports first, the whole stack's and the image ends; then
    //   the catch funclet runs and returns where its method continues, which kiln_eh_resume jumps to with the frame's
    //   rsp and callee-saved registers.
    // - A funclet runs on the dispatcher's stack, called by kiln_eh_call_funclet (runtime.S) with a FuncletCall on the
    //   stack. When an exception escapes a funclet, its walk reaches that call's return address and continues in the
    //   funclet's method frame as the earlier dispatch saw it, skipping the clauses up to the one whose funclet was
    //   running and the other handlers of its try (NativeAOT's "collided unwind"); the earlier exception is
    //   superseded. Escaping a filter instead ends there: the filter's exception is swallowed and the filter says
    //   false, as in .NET. `throw;` finds the exception it rethrows in the first catch boundary above it.
    // No state lives outside the stacks, so threads need nothing of their own.
    internal static unsafe class ExceptionHandling
    {
        private const uint NoClause = 0xFFFFFFFF;

        private enum ClauseKind { Typed = 0, Fault = 1, Filter = 2 }
        public enum FuncletKind { Catch = 1, Filter = 2, Finally = 3 }
        // CPU faults that become exceptions (kiln_eh_fault_stub's kind).
        public enum FaultKind { NullReference = 0, DivideByZero = 1, Overflow = 2 }

        // ilc's unwind-block flags (the LSDA's first byte).
        private const byte KindMask = 0x03, HasEhInfo = 0x04, HasAssociatedData = 0x10;

        [RuntimeImport("*", "kiln_eh_call_funclet")] [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern nuint CallFunclet(nuint funclet, FuncletCall* call, object exception);
        [RuntimeImport("*", "kiln_eh_resume")] [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void Resume(RegisterSet* frame, nuint address);
        [RuntimeImport("*", "kiln_eh_addresses")] [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void Addresses(nuint* boundary, nuint* faultStub);

        // What a funclet's caller left on the stack for the walks that cross it (layout shared with runtime.S: the
        // frame's registers first).
        [StructLayout(LayoutKind.Explicit)]
        private struct FuncletCall
        {
            [FieldOffset(0)] public RegisterSet Frame;   // the frame whose clause this is, as the dispatch saw it
            [FieldOffset(64)] public object Exception;   // the exception being handled
            [FieldOffset(72)] public uint Clause;        // the clause's index in the method
            [FieldOffset(76)] public FuncletKind Kind;
            [FieldOffset(80)] public bool FrameExact;    // Frame.Rip is a faulting instruction, not a return address
        }

        private struct Clause
        {
            public ClauseKind Kind;
            public uint TryStart, TryEnd;
            public nuint Handler, Filter;
            public MethodTable* Type;
        }

        // One frame of a walk, and how to go on from it.
        private struct Frame
        {
            public RegisterSet Regs;
            public bool Exact;              // Regs.Rip faulted (the first frame of a CPU fault): not a return address
            public Fde Fde;
            public bool Managed;            // ilc's code: has an LSDA
            public nuint MethodStart;       // of the method, also for its funclets
            public byte* Clauses;           // the method's EH info, or null
            public uint StartIndex;         // clauses up to this one (and its try's other handlers) no longer apply
            public bool ViaFunclet;         // entered from one of its funclets, which stood for it in the stack trace
            public FuncletCall* Filter;     // the walk reached the caller of a filter that the exception escapes
            public int Index;               // frames walked so far: both passes see the same sequence

            public nuint Pc => Exact ? Regs.Rip : Regs.Rip - 1;
        }

        private static nuint s_boundary, s_faultStub;

        private static nuint Boundary
        {
            get { if (s_boundary == 0) { nuint b, f; Addresses(&b, &f); s_faultStub = f; s_boundary = b; } return s_boundary; }
        }

        public static nuint FaultStub { get { _ = Boundary; return s_faultStub; } }

        // ---- Entry points (runtime.S) ----

        // Whether anything in the image can catch. kiln build turns this off (--feature:Kiln.Runtime.Catch=false)
        // for an image whose IL has no catch or filter clause; ilc then leaves the dispatcher out.
        [System.Diagnostics.CodeAnalysis.FeatureSwitchDefinition("Kiln.Runtime.Catch")]
        public static bool CatchSupported => true;

        [RuntimeExport("kiln_eh_throw")]
        private static void Throw(object exception, RegisterSet* thrower, int kind)
        {
            if (!CatchSupported)
            {
                Panic.UnhandledWithoutDispatch(exception ?? new NullReferenceException(), thrower->Rip - 1, thrower->Rsp);
                return;
            }
            bool rethrow = kind == 1;
            if (rethrow) exception = RethrownException(thrower);
            exception ??= new NullReferenceException();
            Dispatch(exception, thrower, exact: false, rethrow);
        }

        [RuntimeExport("kiln_eh_fault")]
        private static void Fault(int kind, RegisterSet* faulting)
        {
            object exception = kind switch
            {
                (int)FaultKind.DivideByZero => new DivideByZeroException(),
                (int)FaultKind.Overflow => new OverflowException(),
                _ => new NullReferenceException(),
            };
            if (!CatchSupported)
            {
                Panic.UnhandledWithoutDispatch(exception, faulting->Rip, faulting->Rsp);
                return;
            }
            // Code the unwinder does not know (no FDE) cannot be walked: report the fault as before there was EH.
            if (!Unwinder.TryFind(faulting->Rip, out _))
                Panic.FaultWithoutUnwindInfo(kind == (int)FaultKind.NullReference ? Panic.Fault.PageFault : Panic.Fault.DivideError,
                                      faulting->Rip, faulting->Rsp);
            Dispatch(exception, faulting, exact: true, rethrow: false);
        }

        // ---- The two passes ----

        private static void Dispatch(object exception, RegisterSet* thrower, bool exact, bool rethrow)
        {
            var trace = exception as Exception;
            if (!rethrow) trace?.ClearStackTrace();
            // `throw;` goes on with the stack trace; its first frame, the catch block's method, replaces that method's
            // frame from the first throw.
            bool merge = rethrow && trace != null && trace.StackFrameCount > 0;

            // Pass 1: find the handler, running filters on the way.
            Frame frame;
            int handlerIndex = -1;
            uint catchClause = NoClause;
            nuint handler = 0;
            for (bool valid = First(&frame, thrower, exact); valid; valid = Next(&frame))
            {
                if (frame.Filter != null) { handlerIndex = frame.Index; break; }
                if (!frame.Managed) continue;
                if (trace != null && !frame.ViaFunclet)
                {
                    if (merge && trace.LastStackFrame != 0 && MethodStartOf(trace.LastStackFrame) == MethodStartOf(frame.Pc)) trace.ReplaceLastStackFrame(frame.Pc);
                    else trace.AppendStackFrame(frame.Pc);
                    merge = false;
                }
                if (FindHandler(exception, &frame, out catchClause, out handler)) { handlerIndex = frame.Index; break; }
            }
            if (handlerIndex < 0) Panic.ReportUnhandledException(exception);

            // Pass 2: run the finally and fault blocks between the thrower and the handler. An unhandled exception,
            // reported by now, runs them all up to the first frame of the thread, as CoreCLR does (its native caller
            // takes the exception): a finally that throws an exception something catches keeps the program going.
            bool walking = First(&frame, thrower, exact);
            while (walking && (handlerIndex < 0 || frame.Index < handlerIndex))
            {
                if (frame.Managed) RunFinallys(&frame, NoClause);
                walking = Next(&frame);
            }
            if (handlerIndex < 0) Panic.EndUnhandledException();
            if (!walking || frame.Index != handlerIndex) Panic.Fatal("exception dispatch: the second pass lost the handling frame");

            if (frame.Filter != null)
            {
                // The exception escaped a filter: it ends here, and the filter's caller gets false.
                RegisterSet landing = frame.Regs;
                Resume(&landing, Boundary);
            }
            RunFinallys(&frame, catchClause);
            FuncletCall call;
            call.Frame = frame.Regs;
            call.FrameExact = frame.Exact;
            call.Kind = FuncletKind.Catch;
            call.Clause = catchClause;
            call.Exception = exception;
            nuint resume = CallFunclet(handler, &call, exception);
            Resume(&call.Frame, resume);
        }

        // Pass 1 in one frame: the innermost typed or filter clause around the pc that takes the exception.
        private static bool FindHandler(object exception, Frame* frame, out uint index, out nuint handler)
        {
            index = NoClause;
            handler = 0;
            if (frame->Clauses == null) return false;
            uint offset = (uint)(frame->Pc - frame->MethodStart);
            byte* p = frame->Clauses;
            uint count = ReadUnsigned(ref p);
            uint skipUntil = frame->StartIndex, lastStart = 0, lastEnd = 0;
            for (uint i = 0; i < count; i++)
            {
                Clause c = ReadClause(ref p, frame->MethodStart);
                if (Skipped(i, in c, ref skipUntil, ref lastStart, ref lastEnd)) continue;
                if (c.Kind == ClauseKind.Fault || offset < c.TryStart || offset >= c.TryEnd) continue;
                bool takes;
                if (c.Kind == ClauseKind.Typed)
                {
                    takes = TypeCast.IsInstanceOfException(c.Type, exception);
                }
                else
                {
                    FuncletCall call;
                    call.Frame = frame->Regs;
                    call.FrameExact = frame->Exact;
                    call.Kind = FuncletKind.Filter;
                    call.Clause = i;
                    call.Exception = exception;
                    takes = CallFunclet(c.Filter, &call, exception) != 0;
                }
                if (!takes) continue;
                index = i;
                handler = c.Handler;
                return true;
            }
            return false;
        }

        // Pass 2 in one frame: every fault/finally clause around the pc, innermost first, below limit.
        private static void RunFinallys(Frame* frame, uint limit)
        {
            if (frame->Clauses == null) return;
            uint offset = (uint)(frame->Pc - frame->MethodStart);
            byte* p = frame->Clauses;
            uint count = ReadUnsigned(ref p);
            uint skipUntil = frame->StartIndex, lastStart = 0, lastEnd = 0;
            for (uint i = 0; i < count && i < limit; i++)
            {
                Clause c = ReadClause(ref p, frame->MethodStart);
                if (Skipped(i, in c, ref skipUntil, ref lastStart, ref lastEnd)) continue;
                if (c.Kind != ClauseKind.Fault || offset < c.TryStart || offset >= c.TryEnd) continue;
                FuncletCall call;
                call.Frame = frame->Regs;
                call.FrameExact = frame->Exact;
                call.Kind = FuncletKind.Finally;
                call.Clause = i;
                call.Exception = null;
                CallFunclet(c.Handler, &call, null);
            }
        }

        // In a frame entered from one of its funclets, the clauses up to that funclet's, and the other handlers of its
        // try block, are over. ilc separates two try blocks that cover the same code with an empty fault clause.
        private static bool Skipped(uint i, in Clause c, ref uint skipUntil, ref uint lastStart, ref uint lastEnd)
        {
            if (skipUntil == NoClause) return false;
            if (i <= skipUntil) { lastStart = c.TryStart; lastEnd = c.TryEnd; return true; }
            if (c.TryStart == lastStart && c.TryEnd == lastEnd) return true;
            skipUntil = NoClause;
            return false;
        }

        // The exception a catch block handles, for `throw;` in it: the first catch funclet call above the rethrow.
        private static object RethrownException(RegisterSet* thrower)
        {
            RegisterSet regs = *thrower;
            bool exact = false;
            nuint boundary = Boundary;
            while (true)
            {
                if (regs.Rip == boundary)
                {
                    FuncletCall* call = *(FuncletCall**)regs.Rsp;
                    if (call->Kind == FuncletKind.Catch) return call->Exception;
                    regs = call->Frame;
                    exact = call->FrameExact;
                }
                if (!Unwinder.TryFind(exact ? regs.Rip : regs.Rip - 1, out Fde fde) || !Unwinder.Step(ref regs, in fde, exact))
                {
                    Panic.Fatal("throw; outside a catch block");
                    return null;
                }
                exact = false;
            }
        }

        // ---- Walking frames ----

        private static bool First(Frame* frame, RegisterSet* start, bool exact)
        {
            *frame = default;
            frame->Regs = *start;
            frame->Exact = exact;
            return Settle(frame);
        }

        private static bool Next(Frame* frame)
        {
            if (frame->Filter != null || !Unwinder.Step(ref frame->Regs, in frame->Fde, frame->Exact)) return false;
            frame->Index++;
            frame->Exact = false;
            return Settle(frame);
        }

        // Makes the registers a frame: crosses a funclet boundary, finds the function and its clauses.
        private static bool Settle(Frame* frame)
        {
            frame->StartIndex = NoClause;
            frame->ViaFunclet = false;
            if (frame->Regs.Rip == Boundary)
            {
                FuncletCall* call = *(FuncletCall**)frame->Regs.Rsp;
                if (call->Kind == FuncletKind.Filter)
                {
                    frame->Filter = call;
                    frame->Managed = false;
                    return true;
                }
                frame->Regs = call->Frame;
                frame->Exact = call->FrameExact;
                frame->StartIndex = call->Clause;
                frame->ViaFunclet = true;
            }
            if (!Unwinder.TryFind(frame->Pc, out frame->Fde)) return false;
            byte* lsda = frame->Fde.Lsda;
            frame->Managed = lsda != null;
            frame->MethodStart = frame->Fde.Start;
            frame->Clauses = null;
            if (lsda == null) return true;
            byte* main = lsda;
            if ((*lsda & KindMask) != 0)
            {
                // A funclet: its block points back at its method's and says where in the method it starts.
                main = lsda + 1 + *(int*)(lsda + 1);
                frame->MethodStart = frame->Fde.Start - (nuint)(*(uint*)(lsda + 5));
            }
            byte flags = *main;
            byte* q = main + 1;
            if ((flags & HasAssociatedData) != 0) q += 4;
            if ((flags & HasEhInfo) != 0) frame->Clauses = q + *(int*)q;
            return true;
        }

        // The start of the method whose code holds pc (a funclet's own method), or 0 for code ilc did not compile.
        public static nuint MethodStartOf(nuint pc)
        {
            if (!Unwinder.TryFind(pc, out Fde fde) || fde.Lsda == null) return 0;
            if ((*fde.Lsda & KindMask) == 0) return fde.Start;
            return fde.Start - (nuint)(*(uint*)(fde.Lsda + 5));
        }

        // ---- ilc's EH info ----

        // NativeAOT's variable-length unsigned integers: the low bits of the first byte say how many bytes follow.
        private static uint ReadUnsigned(ref byte* p)
        {
            uint b = *p;
            uint v;
            if ((b & 1) == 0) { v = b >> 1; p += 1; }
            else if ((b & 2) == 0) { v = (uint)(*(ushort*)p) >> 2; p += 2; }
            else if ((b & 4) == 0) { v = ((uint)p[0] | (uint)p[1] << 8 | (uint)p[2] << 16) >> 3; p += 3; }
            else if ((b & 8) == 0) { v = *(uint*)p >> 4; p += 4; }
            else { v = *(uint*)(p + 1); p += 5; }
            return v;
        }

        private static Clause ReadClause(ref byte* p, nuint methodStart)
        {
            Clause c = default;
            c.TryStart = ReadUnsigned(ref p);
            uint lengthAndKind = ReadUnsigned(ref p);
            c.Kind = (ClauseKind)(lengthAndKind & 3);
            c.TryEnd = c.TryStart + (lengthAndKind >> 2);
            c.Handler = methodStart + ReadUnsigned(ref p);
            if (c.Kind == ClauseKind.Typed)
            {
                c.Type = (MethodTable*)(p + *(int*)p);
                p += 4;
            }
            else if (c.Kind == ClauseKind.Filter)
            {
                c.Filter = methodStart + ReadUnsigned(ref p);
            }
            return c;
        }
    }
}

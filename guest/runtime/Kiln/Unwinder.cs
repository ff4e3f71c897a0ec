using System.Runtime;
using System.Runtime.CompilerServices;

namespace Kiln.Runtime
{
    // The registers a frame of the System V x86_64 ABI needs to go on: where it is (rip, rsp) and the callee-saved
    // registers, which its callers may still need. Layout shared with guest/arch/x86_64/runtime.S (offsets 0..56).
    internal struct RegisterSet
    {
        public nuint Rip, Rsp, Rbx, Rbp, R12, R13, R14, R15;
    }

    // A function's entry in .eh_frame: its code range, where its LSDA is (ilc's per-method unwind block; none for
    // assembly helpers) and its CFI program.
    internal unsafe struct Fde
    {
        public nuint Start, End;
        public byte* Lsda;
        public byte* Instructions, InstructionsEnd;
        public byte* Cie;
    }

    // Unwinds one frame at a time with the DWARF call-frame information in .eh_frame (ilc writes an FDE per function
    // and per funclet; as writes them for the runtime.S helpers that carry .cfi directives). .eh_frame has no index in
    // a Kiln image, so the first unwind builds one on the heap: a sorted array of FDE start addresses, which images
    // that never throw never pay for.
    internal static unsafe class Unwinder
    {
        [RuntimeImport("*", "kiln_eh_frame_bounds")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void EhFrameBounds(byte** start, byte** end);

        private static nuint[] s_starts;   // FDE start addresses, ascending
        private static nuint[] s_fdes;     // the FDEs, in the same order

        // Finds the FDE whose code range holds pc.
        public static bool TryFind(nuint pc, out Fde fde)
        {
            fde = default;
            nuint[] starts = s_starts;
            nuint[] fdes = s_fdes;
            if (starts == null) { BuildIndex(); starts = s_starts; fdes = s_fdes; }
            int lo = 0, hi = starts.Length - 1, found = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (starts[mid] <= pc) { found = mid; lo = mid + 1; }
                else hi = mid - 1;
            }
            if (found < 0 || !Decode((byte*)fdes[found], out fde)) return false;
            return pc < fde.End;
        }

        // Moves regs from a frame to its caller: rip becomes the return address, rsp the frame's CFA, and the
        // callee-saved registers the frame saved are read back from where its CFI says they are. exact: rip is a
        // faulting instruction rather than a return address (whose call instruction, at rip - 1, is what counts).
        public static bool Step(ref RegisterSet regs, in Fde fde, bool exact)
        {
            nuint pc = exact ? regs.Rip : regs.Rip - 1;
            Rules rules;
            if (!Run(in fde, pc, &rules)) return false;
            nuint cfa;
            if (rules.CfaRegister == 7) cfa = regs.Rsp;
            else if (rules.CfaRegister == 6) cfa = regs.Rbp;
            else return false;
            cfa = (nuint)((nint)cfa + rules.CfaOffset);
            if (rules.Saved[16] == 0) return false;
            RegisterSet caller = regs;
            caller.Rip = *(nuint*)((nint)cfa + rules.Offset[16]);
            caller.Rsp = cfa;
            if (rules.Saved[3] != 0) caller.Rbx = *(nuint*)((nint)cfa + rules.Offset[3]);
            if (rules.Saved[6] != 0) caller.Rbp = *(nuint*)((nint)cfa + rules.Offset[6]);
            if (rules.Saved[12] != 0) caller.R12 = *(nuint*)((nint)cfa + rules.Offset[12]);
            if (rules.Saved[13] != 0) caller.R13 = *(nuint*)((nint)cfa + rules.Offset[13]);
            if (rules.Saved[14] != 0) caller.R14 = *(nuint*)((nint)cfa + rules.Offset[14]);
            if (rules.Saved[15] != 0) caller.R15 = *(nuint*)((nint)cfa + rules.Offset[15]);
            regs = caller;
            return true;
        }

        // ---- The index ----

        private static void BuildIndex()
        {
            byte* start, end;
            EhFrameBounds(&start, &end);
            int count = 0;
            for (byte* p = start; p + 8 <= end; p += 4 + *(uint*)p)
            {
                if (*(uint*)p == 0 || *(uint*)p == 0xFFFFFFFF) break;
                if (*(uint*)(p + 4) != 0) count++;
            }
            var starts = new nuint[count];
            var fdes = new nuint[count];
            int n = 0;
            bool sorted = true;
            for (byte* p = start; p + 8 <= end && n < count; p += 4 + *(uint*)p)
            {
                if (*(uint*)(p + 4) == 0) continue;
                if (!Decode(p, out Fde fde)) continue;
                starts[n] = fde.Start;
                fdes[n] = (nuint)p;
                if (n > 0 && starts[n - 1] > fde.Start) sorted = false;
                n++;
            }
            if (n < count) { starts = Resize(starts, n); fdes = Resize(fdes, n); }
            if (!sorted) Sort(starts, fdes);
            s_fdes = fdes;
            s_starts = starts; // last: a reader that sees it sees s_fdes too (one CPU; a racing builder builds the same)
        }

        private static nuint[] Resize(nuint[] a, int n)
        {
            var r = new nuint[n];
            for (int i = 0; i < n; i++) r[i] = a[i];
            return r;
        }

        // Shell sort of both arrays by start address (ld keeps the FDEs in link order, which is code order: rarely needed).
        private static void Sort(nuint[] keys, nuint[] values)
        {
            for (int gap = keys.Length / 2; gap > 0; gap /= 2)
                for (int i = gap; i < keys.Length; i++)
                {
                    nuint k = keys[i], v = values[i];
                    int j = i;
                    for (; j >= gap && keys[j - gap] > k; j -= gap) { keys[j] = keys[j - gap]; values[j] = values[j - gap]; }
                    keys[j] = k;
                    values[j] = v;
                }
        }

        // ---- CIE and FDE records ----

        private struct Cie
        {
            public byte* Instructions, InstructionsEnd;
            public ulong CodeAlign;
            public long DataAlign;
            public byte FdeEncoding, LsdaEncoding;
            public bool Augmented;
        }

        private static bool DecodeCie(byte* p, out Cie cie)
        {
            cie = default;
            byte* end = p + 4 + *(uint*)p;
            byte* q = p + 8;
            byte version = *q++;
            byte* augmentation = q;
            while (*q != 0) q++;
            q++;
            cie.CodeAlign = ReadUleb(ref q);
            cie.DataAlign = ReadSleb(ref q);
            if (version == 1) q++; else ReadUleb(ref q); // return address register: always 16 on x86_64
            cie.FdeEncoding = 0;
            cie.LsdaEncoding = 0xFF;
            if (augmentation[0] == (byte)'z')
            {
                cie.Augmented = true;
                ulong length = ReadUleb(ref q);
                byte* data = q;
                for (byte* a = augmentation + 1; *a != 0; a++)
                {
                    if (*a == (byte)'R') cie.FdeEncoding = *data++;
                    else if (*a == (byte)'L') cie.LsdaEncoding = *data++;
                    else if (*a == (byte)'P') { byte enc = *data++; ReadEncoded(ref data, enc); }
                    else if (*a != (byte)'S') return false;
                }
                q += length;
            }
            else if (augmentation[0] != 0) return false;
            cie.Instructions = q;
            cie.InstructionsEnd = end;
            return true;
        }

        private static bool Decode(byte* p, out Fde fde)
        {
            fde = default;
            byte* end = p + 4 + *(uint*)p;
            byte* ciePointer = p + 4;
            byte* cieAddress = ciePointer - *(uint*)ciePointer;
            if (!DecodeCie(cieAddress, out Cie cie)) return false;
            byte* q = p + 8;
            fde.Start = ReadEncoded(ref q, cie.FdeEncoding);
            fde.End = fde.Start + ReadEncoded(ref q, (byte)(cie.FdeEncoding & 0x0F));
            if (cie.Augmented)
            {
                ulong length = ReadUleb(ref q);
                byte* data = q;
                if (cie.LsdaEncoding != 0xFF) fde.Lsda = (byte*)ReadEncoded(ref data, cie.LsdaEncoding);
                q += length;
            }
            fde.Instructions = q;
            fde.InstructionsEnd = end;
            fde.Cie = cieAddress;
            return true;
        }

        // DW_EH_PE_* pointer encodings: the format in the low nibble, pc-relative or absolute in the high one.
        private static nuint ReadEncoded(ref byte* p, byte encoding)
        {
            if (encoding == 0xFF) return 0;
            byte* at = p;
            nuint value;
            switch (encoding & 0x0F)
            {
                case 0x00: case 0x04: case 0x0C: value = (nuint)(*(ulong*)p); p += 8; break;
                case 0x02: value = *(ushort*)p; p += 2; break;
                case 0x0A: value = (nuint)(nint)(*(short*)p); p += 2; break;
                case 0x03: value = *(uint*)p; p += 4; break;
                case 0x0B: value = (nuint)(nint)(*(int*)p); p += 4; break;
                case 0x01: value = (nuint)ReadUleb(ref p); break;
                case 0x09: value = (nuint)ReadSleb(ref p); break;
                default: return 0;
            }
            if ((encoding & 0x70) == 0x10) value += (nuint)at;
            return value;
        }

        private static ulong ReadUleb(ref byte* p)
        {
            ulong result = 0;
            int shift = 0;
            byte b;
            do { b = *p++; result |= (ulong)(b & 0x7F) << shift; shift += 7; } while ((b & 0x80) != 0);
            return result;
        }

        private static long ReadSleb(ref byte* p)
        {
            long result = 0;
            int shift = 0;
            byte b;
            do { b = *p++; result |= (long)(b & 0x7F) << shift; shift += 7; } while ((b & 0x80) != 0);
            if (shift < 64 && (b & 0x40) != 0) result |= -1L << shift;
            return result;
        }

        // ---- The CFI program ----

        // The row of the CFI table at one pc, for the registers an x86_64 frame saves: CFA = CfaRegister + CfaOffset,
        // register r at CFA + Offset[r] when Saved[r].
        private struct Rules
        {
            public int CfaRegister;
            public long CfaOffset;
            public fixed long Offset[17];
            public fixed byte Saved[17];
        }

        private static bool Run(in Fde fde, nuint pc, Rules* rules)
        {
            if (!DecodeCie(fde.Cie, out Cie cie)) return false;
            *rules = default;
            nuint loc = fde.Start;
            if (!Execute(cie.Instructions, cie.InstructionsEnd, in cie, ~(nuint)0, ref loc, rules, null)) return false;
            Rules initial = *rules;
            loc = fde.Start;
            return Execute(fde.Instructions, fde.InstructionsEnd, in cie, pc, ref loc, rules, &initial);
        }

        // Runs instructions until the location passes pc. Knows what ilc and as emit, plus the common rest; anything
        // else (a register rule, an expression) ends the unwind.
        private static bool Execute(byte* p, byte* end, in Cie cie, nuint pc, ref nuint loc, Rules* r, Rules* initial)
        {
            Rules remembered = default;
            while (p < end)
            {
                byte op = *p++;
                byte high = (byte)(op & 0xC0);
                if (high == 0x40) { loc += (nuint)((ulong)(op & 0x3F) * cie.CodeAlign); if (loc > pc) return true; continue; }
                if (high == 0x80) { SetOffset(r, op & 0x3F, (long)ReadUleb(ref p) * cie.DataAlign); continue; }
                if (high == 0xC0) { Restore(r, initial, op & 0x3F); continue; }
                switch (op)
                {
                    case 0x00: break;                                                       // nop
                    case 0x02: loc += (nuint)((ulong)*p++ * cie.CodeAlign); if (loc > pc) return true; break;
                    case 0x03: loc += (nuint)((ulong)*(ushort*)p * cie.CodeAlign); p += 2; if (loc > pc) return true; break;
                    case 0x04: loc += (nuint)((ulong)*(uint*)p * cie.CodeAlign); p += 4; if (loc > pc) return true; break;
                    case 0x05: { int reg = (int)ReadUleb(ref p); SetOffset(r, reg, (long)ReadUleb(ref p) * cie.DataAlign); break; }
                    case 0x06: Restore(r, initial, (int)ReadUleb(ref p)); break;
                    case 0x07: case 0x08: { int reg = (int)ReadUleb(ref p); if (reg < 17) r->Saved[reg] = 0; break; }
                    case 0x0A: remembered = *r; break;
                    case 0x0B: { int cfaReg = r->CfaRegister; long cfaOff = r->CfaOffset; *r = remembered; r->CfaRegister = cfaReg; r->CfaOffset = cfaOff; break; }
                    case 0x0C: r->CfaRegister = (int)ReadUleb(ref p); r->CfaOffset = (long)ReadUleb(ref p); break;
                    case 0x0D: r->CfaRegister = (int)ReadUleb(ref p); break;
                    case 0x0E: r->CfaOffset = (long)ReadUleb(ref p); break;
                    case 0x11: { int reg = (int)ReadUleb(ref p); SetOffset(r, reg, ReadSleb(ref p) * cie.DataAlign); break; }
                    case 0x12: r->CfaRegister = (int)ReadUleb(ref p); r->CfaOffset = ReadSleb(ref p) * cie.DataAlign; break;
                    case 0x13: r->CfaOffset = ReadSleb(ref p) * cie.DataAlign; break;
                    case 0x2E: ReadUleb(ref p); break;                                      // GNU_args_size
                    default: return false;
                }
            }
            return true;
        }

        private static void SetOffset(Rules* r, int reg, long offset)
        {
            if (reg >= 17) return;
            r->Offset[reg] = offset;
            r->Saved[reg] = 1;
        }

        private static void Restore(Rules* r, Rules* initial, int reg)
        {
            if (reg >= 17) return;
            r->Offset[reg] = initial == null ? 0 : initial->Offset[reg];
            r->Saved[reg] = initial == null ? (byte)0 : initial->Saved[reg];
        }
    }
}

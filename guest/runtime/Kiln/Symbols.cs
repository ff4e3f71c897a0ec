using System.Runtime;
using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace Kiln.Runtime
{
    // The image's own symbol table, embedded by `kiln build` (docs/image.md, "Symbol table"): sorted
    // addresses of functions and MethodTables with their names, so panics and ToString can name things.
    internal static unsafe class Symbols
    {
        private const uint Magic = 0x4D59534B; // "KSYM"
        private const uint FlagRuntime = 1;    // code of the runtime or a platform library
        private const uint FlagType = 2;       // a MethodTable; the name is the type's full name
        private const uint FlagHidden = 4;     // [StackTraceHidden]: left out of exception stack traces
        private const uint FlagSignature = 8;  // the name's NUL is followed by the method's parameter list

        // EnumsOffset: where the enum names start (EnumNames.cs), 0 when the image has none.
        private struct Header { public uint Magic; public uint Count; public uint StringsOffset; public uint EnumsOffset; }
        private struct Entry { public ulong Address; public uint NameOffset; public uint Flags; }

        [RuntimeImport("*", "kiln_symtab")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern Header* Table();

        [RuntimeImport("*", "kiln_text_bounds")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void TextBounds(nuint* start, nuint* end);

        public static bool IsCode(nuint address)
        {
            nuint start, end;
            TextBounds(&start, &end);
            return address >= start && address < end;
        }

        private static Entry* Find(nuint address, bool exact)
        {
            Header* h = Table();
            if (h == null || h->Magic != Magic || h->Count == 0) return null;
            Entry* e = (Entry*)(h + 1);
            int lo = 0, hi = (int)h->Count - 1, found = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (e[mid].Address <= address) { found = mid; lo = mid + 1; }
                else hi = mid - 1;
            }
            if (found < 0 || (exact && e[found].Address != address)) return null;
            return e + found;
        }

        public static uint EnumTableOffset()
        {
            Header* h = Table();
            return h == null || h->Magic != Magic ? 0 : h->EnumsOffset;
        }

        public static byte* Section(uint offset) => offset == 0 ? null : (byte*)Table() + offset;

        private static byte* Name(Entry* e) => (byte*)Table() + Table()->StringsOffset + e->NameOffset;

        public static bool TryFind(nuint address, out byte* name, out nuint start)
        {
            Entry* e = IsCode(address) ? Find(address, exact: false) : null;
            if (e == null || (e->Flags & FlagType) != 0) { name = null; start = 0; return false; }
            name = Name(e);
            start = (nuint)e->Address;
            return true;
        }

        // For an exception's stack trace: the function's name and its parameter list as .NET prints them
        // ("Program.Main", "(String[] args)"; the list is empty when the image does not know it), or false when
        // the frame is hidden or unknown (hidden: known but [StackTraceHidden]).
        public static bool TryFindFrame(nuint address, out byte* name, out byte* signature, out bool hidden)
        {
            Entry* e = IsCode(address) ? Find(address, exact: false) : null;
            name = null;
            signature = null;
            hidden = false;
            if (e == null || (e->Flags & FlagType) != 0) return false;
            hidden = (e->Flags & FlagHidden) != 0;
            if (hidden) return false;
            name = Name(e);
            if ((e->Flags & FlagSignature) != 0)
            {
                signature = name;
                while (*signature != 0) signature++;
                signature++;
            }
            return true;
        }

        // The type whose class constructor is at address, for TypeInitializationException: its symbol is named
        // "<Type>..cctor" (nested types with '.' where .NET's full name has '+').
        public static string ClassConstructorType(nuint address)
        {
            if (!TryFind(address, out byte* name, out _)) return "<unknown>";
            int n = 0;
            while (name[n] != 0) n++;
            if (n > 7 && name[n - 7] == (byte)'.' && name[n - 6] == (byte)'.' && name[n - 5] == (byte)'c') n -= 7;
            return Utf8.Decode(name, n);
        }

        public static bool IsRuntimeFunction(nuint address)
        {
            Entry* e = IsCode(address) ? Find(address, exact: false) : null;
            return e == null || (e->Flags & FlagRuntime) != 0;
        }

        // The type's full name as .NET prints it, or "System.Object" style fallback when the table lacks it.
        public static string TypeName(MethodTable* type)
        {
            Entry* e = Find((nuint)type, exact: true);
            if (e == null || (e->Flags & FlagType) == 0) return "<type 0x" + System.Number.FormatUInt64((ulong)type, "x") + ">";
            return new string((sbyte*)Name(e));
        }
    }

    // An exception's StackTrace text: one "   at <method>(<parameters>)" line per frame, innermost first, as .NET
    // prints it without source line information; hidden frames left out.
    internal static unsafe class StackTraceText
    {
        public static string Format(nuint[] frames, int count)
        {
            string text = "";
            for (int i = 0; i < count; i++)
            {
                string line;
                if (frames[i] == 0) line = "--- End of stack trace from previous location ---";
                else if (Symbols.TryFindFrame(frames[i], out byte* name, out byte* signature, out bool hidden))
                    line = "   at " + new string((sbyte*)name) + (signature != null ? new string((sbyte*)signature) : "()");
                else if (hidden) continue;
                else line = "   at <unknown>";
                text = text.Length == 0 ? line : text + "\n" + line;
            }
            return text;
        }
    }

    // Best-effort stack walk without unwind info: a word on the stack counts as a return address when it
    // points into code right after a call instruction.
    internal static unsafe class Backtrace
    {
        public static int Scan(nuint sp, nuint top, nuint* frames, int max)
        {
            int n = 0;
            if (top == 0 || top <= sp) return 0;
            if (top - sp > 1024 * 1024) top = sp + 1024 * 1024;
            for (nuint* p = (nuint*)((sp + 7) & ~(nuint)7); (nuint)p < top && n < max; p++)
            {
                nuint v = *p;
                if (Symbols.IsCode(v) && Kiln.Arch.CallSites.FollowsCall((byte*)v)) frames[n++] = v - 1;
            }
            return n;
        }
    }
}

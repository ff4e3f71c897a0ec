using Internal.Runtime;

namespace Kiln.Runtime
{
    // Names and values of the enums in the image, written by `kiln build` from the assemblies' metadata behind the
    // symbol table (docs/image.md, "Enum names"). The build writes them only when the image links this reader, so
    // an image that never names an enum value carries none.
    internal static unsafe class EnumNames
    {
        public struct Record { public ulong Type; public uint Count; public uint IsFlags; public uint ValuesOffset; public uint Reserved; }
        public struct Value { public ulong Bits; public uint NameOffset; public uint Reserved; }

        private static byte* Table() => Symbols.Section(Symbols.EnumTableOffset());

        // The type's record, or null when the table lacks it (an enum of an assembly kiln did not read).
        public static Record* Find(MethodTable* type)
        {
            byte* t = Table();
            if (t == null) return null;
            uint count = *(uint*)t;
            Record* r = (Record*)(t + 8);
            int lo = 0, hi = (int)count - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (r[mid].Type == (ulong)type) return r + mid;
                if (r[mid].Type < (ulong)type) lo = mid + 1; else hi = mid - 1;
            }
            return null;
        }

        // Values ascending as unsigned numbers, as .NET orders GetValues and GetNames.
        public static Value* Values(Record* r) => (Value*)(Table() + r->ValuesOffset);

        public static string Name(Value* v) => new string((sbyte*)(Table() + v->NameOffset));

        public static bool NameEquals(Value* v, string s, int start, int length, bool ignoreCase)
        {
            byte* n = Table() + v->NameOffset;
            for (int i = 0; i < length; i++)
            {
                // Enum names are identifiers; a non-ASCII one compares byte by byte against its UTF-8 form only.
                byte b = n[i];
                if (b == 0 || b >= 0x80) return false;
                char c = s[start + i], d = (char)b;
                if (c != d && !(ignoreCase && char.ToUpperInvariant(c) == char.ToUpperInvariant(d))) return false;
            }
            return n[length] == 0;
        }
    }
}

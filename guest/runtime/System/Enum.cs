using System.Runtime.CompilerServices;
using Internal.Runtime;
using Kiln.Runtime;

namespace System
{
    // Values come from the boxed object and its MethodTable (the underlying type is the MethodTable's element
    // type); names come from the table `kiln build` writes from the app's metadata (Kiln/EnumNames.cs).
    public abstract unsafe class Enum : ValueType, IComparable, IFormattable
    {
        // EETypeElementType of the underlying type: Boolean 2, Char 3, SByte 4, Byte 5 … UInt64 11, IntPtr 12, UIntPtr 13.
        private static int Size(MethodTable* t) => t->ElementType switch { 2 or 4 or 5 => 1, 3 or 6 or 7 => 2, 8 or 9 => 4, _ => 8 };
        private static bool IsSigned(MethodTable* t) => t->ElementType is 4 or 6 or 8 or 10 or 12;

        // The value's bits, zero-extended: the order .NET sorts an enum's values in.
        private static ulong Bits(MethodTable* t, ref byte data) => Size(t) switch
        {
            1 => data,
            2 => Unsafe.As<byte, ushort>(ref data),
            4 => Unsafe.As<byte, uint>(ref data),
            _ => Unsafe.As<byte, ulong>(ref data),
        };

        private static long Signed(MethodTable* t, ulong bits) => Size(t) switch
        {
            1 => (sbyte)bits,
            2 => (short)bits,
            4 => (int)bits,
            _ => (long)bits,
        };

        private ulong Bits() => Bits(m_pEEType, ref GetRawData());

        private static MethodTable* TypeOf<TEnum>() => (MethodTable*)typeof(TEnum).TypeHandle._value;

        private static EnumNames.Record* Record(MethodTable* t) => EnumNames.Find(t);

        public override bool Equals(object obj) => obj is Enum e && e.m_pEEType == m_pEEType && e.Bits() == Bits();
        public override int GetHashCode()
        {
            ulong b = Bits();
            return Size(m_pEEType) == 8 ? ((int)b ^ (int)(b >> 32)) : (int)b;
        }

        public int CompareTo(object target)
        {
            if (target == null) return 1;
            if (target is not Enum e || e.m_pEEType != m_pEEType)
                throw new ArgumentException("Object must be the same type as the enum. The type passed in was '" + target.GetType().ToString() +
                    "'; the enum type was '" + GetType().ToString() + "'.");
            ulong a = Bits(), b = e.Bits();
            // As the underlying types' CompareTo: the narrow ones return the difference, the wide ones -1, 0 or 1.
            if (Size(m_pEEType) < 4) return IsSigned(m_pEEType) ? (int)(Signed(m_pEEType, a) - Signed(m_pEEType, b)) : (int)a - (int)b;
            if (IsSigned(m_pEEType))
            {
                long x = Signed(m_pEEType, a), y = Signed(m_pEEType, b);
                return x < y ? -1 : x > y ? 1 : 0;
            }
            return a < b ? -1 : a > b ? 1 : 0;
        }

        public bool HasFlag(Enum flag)
        {
            if (flag == null) throw new ArgumentNullException(nameof(flag));
            if (flag.m_pEEType != m_pEEType)
                throw new ArgumentException("The argument type, '" + flag.GetType().ToString() + "', is not the same as the enum type '" + GetType().ToString() + "'.");
            ulong f = flag.Bits();
            return (Bits() & f) == f;
        }

        public override string ToString() => Format(m_pEEType, Bits(), 'G');
        public string ToString(string format) => ToString(format, null);
        public string ToString(string format, IFormatProvider provider)
        {
            if (format == null || format.Length == 0) return Format(m_pEEType, Bits(), 'G');
            if (format.Length != 1) throw new FormatException("Format string can be only \"G\", \"g\", \"X\", \"x\", \"F\", \"f\", \"D\" or \"d\".");
            return Format(m_pEEType, Bits(), format[0]);
        }

        private static string Format(MethodTable* t, ulong bits, char format)
        {
            switch (format)
            {
                case 'D': case 'd':
                    return IsSigned(t) ? Signed(t, bits).ToString() : bits.ToString();
                case 'X': case 'x':
                    return bits.ToString(Size(t) switch { 1 => "X2", 2 => "X4", 4 => "X8", _ => "X16" });
                case 'G': case 'g':
                {
                    EnumNames.Record* r = Record(t);
                    return Name(t, bits, flags: r != null && r->IsFlags != 0);
                }
                case 'F': case 'f':
                    return Name(t, bits, flags: true);
                default:
                    throw new FormatException("Format string can be only \"G\", \"g\", \"X\", \"x\", \"F\", \"f\", \"D\" or \"d\".");
            }
        }

        // A defined value by its name; else, for flags, the names of the defined values that make it up, highest
        // first taken, printed lowest first; else the number.
        private static string Name(MethodTable* t, ulong bits, bool flags)
        {
            EnumNames.Record* r = Record(t);
            if (r != null)
            {
                EnumNames.Value* v = EnumNames.Values(r);
                int found = Find(r, bits);
                if (found >= 0) return EnumNames.Name(v + found);
                if (flags && bits != 0)
                {
                    ulong rest = bits;
                    int parts = 0;
                    uint* taken = stackalloc uint[(int)r->Count];
                    for (int i = (int)r->Count - 1; i >= 0 && rest != 0; i--)
                    {
                        ulong b = v[i].Bits;
                        if (b != 0 && (rest & b) == b) { rest -= b; taken[parts++] = (uint)i; }
                    }
                    if (rest == 0)
                    {
                        string s = EnumNames.Name(v + taken[parts - 1]);
                        for (int p = parts - 2; p >= 0; p--) s = string.Concat(s, ", ", EnumNames.Name(v + taken[p]));
                        return s;
                    }
                }
            }
            return Format(t, bits, 'D');
        }

        private static int Find(EnumNames.Record* r, ulong bits)
        {
            EnumNames.Value* v = EnumNames.Values(r);
            int lo = 0, hi = (int)r->Count - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (v[mid].Bits == bits) return mid;
                if (v[mid].Bits < bits) lo = mid + 1; else hi = mid - 1;
            }
            return -1;
        }

        private static EnumNames.Record* RecordOrThrow(MethodTable* t)
        {
            EnumNames.Record* r = Record(t);
            if (r == null) throw new NotSupportedException("The names of enum " + Symbols.TypeName(t) + " are not in this image.");
            return r;
        }

        public static string[] GetNames<TEnum>() where TEnum : struct, Enum
        {
            EnumNames.Record* r = RecordOrThrow(TypeOf<TEnum>());
            var names = new string[r->Count];
            for (int i = 0; i < names.Length; i++) names[i] = EnumNames.Name(EnumNames.Values(r) + i);
            return names;
        }

        public static TEnum[] GetValues<TEnum>() where TEnum : struct, Enum
        {
            EnumNames.Record* r = RecordOrThrow(TypeOf<TEnum>());
            var values = new TEnum[r->Count];
            for (int i = 0; i < values.Length; i++) values[i] = FromBits<TEnum>(EnumNames.Values(r)[i].Bits);
            return values;
        }

        public static string GetName<TEnum>(TEnum value) where TEnum : struct, Enum
        {
            MethodTable* t = TypeOf<TEnum>();
            EnumNames.Record* r = RecordOrThrow(t);
            int i = Find(r, Bits(t, ref Unsafe.As<TEnum, byte>(ref value)));
            return i < 0 ? null : EnumNames.Name(EnumNames.Values(r) + i);
        }

        public static bool IsDefined<TEnum>(TEnum value) where TEnum : struct, Enum
        {
            MethodTable* t = TypeOf<TEnum>();
            return Find(RecordOrThrow(t), Bits(t, ref Unsafe.As<TEnum, byte>(ref value))) >= 0;
        }

        public static TEnum Parse<TEnum>(string value) where TEnum : struct, Enum => Parse<TEnum>(value, false);
        public static TEnum Parse<TEnum>(string value, bool ignoreCase) where TEnum : struct, Enum
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            if (!TryParse(TypeOf<TEnum>(), value, ignoreCase, out ulong bits, out bool notFound))
                throw new ArgumentException(notFound ? "Requested value '" + value + "' was not found."
                    : "Must specify valid information for parsing in the string.", nameof(value));
            return FromBits<TEnum>(bits);
        }

        public static bool TryParse<TEnum>(string value, out TEnum result) where TEnum : struct, Enum => TryParse(value, false, out result);
        public static bool TryParse<TEnum>(string value, bool ignoreCase, out TEnum result) where TEnum : struct, Enum
        {
            if (value != null && TryParse(TypeOf<TEnum>(), value, ignoreCase, out ulong bits, out _)) { result = FromBits<TEnum>(bits); return true; }
            result = default;
            return false;
        }

        // A number (in the underlying type's range) or names separated by commas, each trimmed, ORed together.
        private static bool TryParse(MethodTable* t, string s, bool ignoreCase, out ulong bits, out bool notFound)
        {
            bits = 0;
            notFound = false;
            string v = s.Trim();
            if (v.Length == 0) return false;
            char c = v[0];
            if (char.IsAsciiDigit(c) || c == '-' || c == '+')
            {
                notFound = true;
                if (IsSigned(t))
                {
                    if (!long.TryParse(v, out long n)) return false;
                    int size = Size(t);
                    long min = size == 8 ? long.MinValue : -(1L << (size * 8 - 1)), max = size == 8 ? long.MaxValue : (1L << (size * 8 - 1)) - 1;
                    if (n < min || n > max) return false;
                    bits = size == 8 ? (ulong)n : (ulong)n & ((1UL << (size * 8)) - 1);
                }
                else
                {
                    if (!ulong.TryParse(v, out ulong n)) return false;
                    if (Size(t) < 8 && n >> (Size(t) * 8) != 0) return false;
                    bits = n;
                }
                return true;
            }
            notFound = true;
            EnumNames.Record* r = Record(t);
            if (r == null) return false;
            EnumNames.Value* values = EnumNames.Values(r);
            int start = 0;
            while (start <= s.Length)
            {
                int comma = s.IndexOf(',', start);
                int end = comma < 0 ? s.Length : comma;
                int a = start, b = end;
                while (a < b && char.IsWhiteSpace(s[a])) a++;
                while (b > a && char.IsWhiteSpace(s[b - 1])) b--;
                int i = 0;
                while (i < (int)r->Count && !EnumNames.NameEquals(values + i, s, a, b - a, false)) i++;
                if (i == (int)r->Count && ignoreCase)
                {
                    i = 0;
                    while (i < (int)r->Count && !EnumNames.NameEquals(values + i, s, a, b - a, true)) i++;
                }
                if (i == (int)r->Count) return false;
                bits |= values[i].Bits;
                if (comma < 0) break;
                start = comma + 1;
            }
            return true;
        }

        // The Type forms: the enum's MethodTable stands in for TEnum; values go boxed.
        private static MethodTable* EnumType(Type enumType)
        {
            if (enumType == null) throw new ArgumentNullException(nameof(enumType));
            if (!enumType.IsEnum) throw new ArgumentException("Type provided must be an Enum.", nameof(enumType));
            return ((RuntimeType)enumType)._pUnderlyingEEType;
        }

        public static string[] GetNames(Type enumType)
        {
            EnumNames.Record* r = RecordOrThrow(EnumType(enumType));
            var names = new string[r->Count];
            for (int i = 0; i < names.Length; i++) names[i] = EnumNames.Name(EnumNames.Values(r) + i);
            return names;
        }

        public static string GetName(Type enumType, object value)
        {
            MethodTable* t = EnumType(enumType);
            if (value == null) throw new ArgumentNullException(nameof(value));
            // As .NET: any enum or integer value, taken as a number (GetName(typeof(Color), 2)).
            MethodTable* v = value.GetMethodTable();
            if (v->ElementType is < 3 or > 13) throw new ArgumentException("The value passed in must be an enum base or an underlying type for an enum, such as an Int32.", nameof(value));
            ulong bits = Bits(v, ref value.GetRawData());
            if (Size(t) < 8) bits &= (1UL << (Size(t) * 8)) - 1;
            EnumNames.Record* r = RecordOrThrow(t);
            int i = Find(r, bits);
            return i < 0 ? null : EnumNames.Name(EnumNames.Values(r) + i);
        }

        public static Type GetUnderlyingType(Type enumType) => EnumType(enumType)->ElementType switch
        {
            2 => typeof(bool), 3 => typeof(char), 4 => typeof(sbyte), 5 => typeof(byte), 6 => typeof(short), 7 => typeof(ushort),
            8 => typeof(int), 9 => typeof(uint), 10 => typeof(long), 11 => typeof(ulong), 12 => typeof(nint), _ => typeof(nuint),
        };

        public static bool IsDefined(Type enumType, object value)
        {
            MethodTable* t = EnumType(enumType);
            if (value is string s)
            {
                // A name, exactly as declared.
                EnumNames.Record* r = RecordOrThrow(t);
                for (int i = 0; i < (int)r->Count; i++)
                    if (EnumNames.NameEquals(EnumNames.Values(r) + i, s, 0, s.Length, false)) return true;
                return false;
            }
            if (value == null) throw new ArgumentNullException(nameof(value));
            MethodTable* v = value.GetMethodTable();
            if (value is Enum e)
            {
                if (v != t)
                    throw new ArgumentException("Object must be the same type as the enum. The type passed in was '" + value.GetType().FullName +
                        "'; the enum type was '" + enumType.FullName + "'.");
                return Find(RecordOrThrow(t), e.Bits()) >= 0;
            }
            // A number of the underlying type itself (IsDefined(typeof(Color), 2)); a number of another type is refused.
            if (v->ElementType is < 2 or > 13)
                throw new InvalidOperationException("Unknown enum type.");
            if (v->ElementType != t->ElementType)
                throw new ArgumentException("Enum underlying type and the object must be same type or object must be a String. Type passed in was '" +
                    value.GetType().FullName + "'; the enum underlying type was '" + GetUnderlyingType(enumType).FullName + "'.");
            return Find(RecordOrThrow(t), Bits(t, ref value.GetRawData())) >= 0;
        }

        public static object Parse(Type enumType, string value) => Parse(enumType, value, false);
        public static object Parse(Type enumType, string value, bool ignoreCase)
        {
            MethodTable* t = EnumType(enumType);
            if (value == null) throw new ArgumentNullException(nameof(value));
            if (!TryParse(t, value, ignoreCase, out ulong bits, out bool notFound))
                throw new ArgumentException(notFound ? "Requested value '" + value + "' was not found."
                    : "Must specify valid information for parsing in the string.", nameof(value));
            return Box(t, bits);
        }

        public static bool TryParse(Type enumType, string value, out object result) => TryParse(enumType, value, false, out result);
        public static bool TryParse(Type enumType, string value, bool ignoreCase, out object result)
        {
            MethodTable* t = EnumType(enumType);
            result = value != null && TryParse(t, value, ignoreCase, out ulong bits, out _) ? Box(t, bits) : null;
            return result != null;
        }

        private static object Box(MethodTable* t, ulong bits)
        {
            object o = Allocation.NewObject(t);
            ref byte d = ref o.GetRawData();
            switch (Size(t))
            {
                case 1: d = (byte)bits; break;
                case 2: Unsafe.As<byte, ushort>(ref d) = (ushort)bits; break;
                case 4: Unsafe.As<byte, uint>(ref d) = (uint)bits; break;
                default: Unsafe.As<byte, ulong>(ref d) = bits; break;
            }
            return o;
        }

        private static TEnum FromBits<TEnum>(ulong bits)
        {
            TEnum result = default;
            ref byte d = ref Unsafe.As<TEnum, byte>(ref result);
            switch (Unsafe.SizeOf<TEnum>())
            {
                case 1: d = (byte)bits; break;
                case 2: Unsafe.As<byte, ushort>(ref d) = (ushort)bits; break;
                case 4: Unsafe.As<byte, uint>(ref d) = (uint)bits; break;
                default: Unsafe.As<byte, ulong>(ref d) = bits; break;
            }
            return result;
        }
    }
}

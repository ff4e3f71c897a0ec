// Kiln has one culture, the invariant one: an image carries no locale data. CurrentCulture and CurrentUICulture are
// the invariant culture (as in .NET with InvariantGlobalization), and asking for any other culture by name fails.
namespace System.Globalization
{
    public class CultureInfo : IFormatProvider
    {
        private static readonly CultureInfo s_invariant = new CultureInfo();

        private CultureInfo() { }

        public CultureInfo(string name) : this(name, true) { }

        public CultureInfo(string name, bool useUserOverride)
        {
            if (name == null) ThrowHelpers.ThrowArgumentNull("name");
            if (name.Length != 0) throw new CultureNotFoundException("name", name, UnsupportedMessage(name));
        }

        private static string UnsupportedMessage(string name) =>
            "Culture is not supported. (Kiln has only the invariant culture; '" + name + "' is not available.)";

        public static CultureInfo InvariantCulture => s_invariant;
        public static CultureInfo CurrentCulture { get => s_invariant; set { if (value != s_invariant) throw new CultureNotFoundException("value", value?.Name, UnsupportedMessage(value?.Name)); } }
        public static CultureInfo CurrentUICulture { get => s_invariant; set => CurrentCulture = value; }
        public static CultureInfo DefaultThreadCurrentCulture { get => s_invariant; set => CurrentCulture = value; }

        public static CultureInfo GetCultureInfo(string name) => name == "" ? s_invariant : new CultureInfo(name);

        public virtual string Name => "";
        public virtual string DisplayName => "Invariant Language (Invariant Country)";
        public virtual string EnglishName => "Invariant Language (Invariant Country)";
        public virtual string NativeName => "Invariant Language (Invariant Country)";
        public string TwoLetterISOLanguageName => "iv";
        public bool IsReadOnly => true;
        public virtual NumberFormatInfo NumberFormat => NumberFormatInfo.InvariantInfo;
        public virtual CompareInfo CompareInfo => CompareInfo.Invariant;
        public virtual TextInfo TextInfo => TextInfo.Invariant;

        public virtual object GetFormat(Type formatType) => null;

        public override string ToString() => "";
    }

    public class CultureNotFoundException : ArgumentException
    {
        private readonly string _invalidCultureName;
        public CultureNotFoundException() : base("Culture is not supported.") { }
        public CultureNotFoundException(string message) : base(message) { }
        public CultureNotFoundException(string paramName, string message) : base(message, paramName) { }
        public CultureNotFoundException(string paramName, string invalidCultureName, string message) : base(message, paramName)
        {
            _invalidCultureName = invalidCultureName;
        }
        public virtual string InvalidCultureName => _invalidCultureName;
    }

    public sealed class NumberFormatInfo : IFormatProvider
    {
        internal const string InvariantNaN = "NaN";
        internal const string InvariantPositiveInfinity = "Infinity";
        internal const string InvariantNegativeInfinity = "-Infinity";
        internal const string InvariantCurrencySymbol = "\u00A4";

        private static readonly NumberFormatInfo s_invariant = new NumberFormatInfo();

        public static NumberFormatInfo InvariantInfo => s_invariant;
        public static NumberFormatInfo CurrentInfo => s_invariant;
        public static NumberFormatInfo GetInstance(IFormatProvider formatProvider) => s_invariant;

        public bool IsReadOnly => true;
        public string NumberDecimalSeparator => ".";
        public string NumberGroupSeparator => ",";
        public int[] NumberGroupSizes => new int[] { 3 };
        public int NumberDecimalDigits => 2;
        public string CurrencyDecimalSeparator => ".";
        public string CurrencyGroupSeparator => ",";
        public string CurrencySymbol => InvariantCurrencySymbol;
        public int CurrencyDecimalDigits => 2;
        public string PercentSymbol => "%";
        public string PerMilleSymbol => "\u2030";
        public string PercentDecimalSeparator => ".";
        public string PercentGroupSeparator => ",";
        public int PercentDecimalDigits => 2;
        public string NegativeSign => "-";
        public string PositiveSign => "+";
        public string NaNSymbol => InvariantNaN;
        public string PositiveInfinitySymbol => InvariantPositiveInfinity;
        public string NegativeInfinitySymbol => InvariantNegativeInfinity;

        public object GetFormat(Type formatType) => null;
    }

    public sealed class CompareInfo
    {
        internal static readonly CompareInfo Invariant = new CompareInfo();
        private CompareInfo() { }
        public string Name => "";
        // Invariant-mode comparison is ordinal, as in .NET with InvariantGlobalization.
        public int Compare(string string1, string string2) => string.Compare(string1, string2, StringComparison.Ordinal);
        public int Compare(string string1, string string2, CompareOptions options) =>
            string.Compare(string1, string2, (options & (CompareOptions.IgnoreCase | CompareOptions.OrdinalIgnoreCase)) != 0 ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        public int IndexOf(string source, string value) => source.IndexOf(value, StringComparison.Ordinal);
        public bool IsPrefix(string source, string prefix) => source.StartsWith(prefix, StringComparison.Ordinal);
        public bool IsSuffix(string source, string suffix) => source.EndsWith(suffix, StringComparison.Ordinal);
    }

    [Flags]
    public enum CompareOptions
    {
        None = 0, IgnoreCase = 1, IgnoreNonSpace = 2, IgnoreSymbols = 4, IgnoreKanaType = 8, IgnoreWidth = 16,
        OrdinalIgnoreCase = 268435456, StringSort = 536870912, Ordinal = 1073741824,
    }

    public sealed class TextInfo
    {
        internal static readonly TextInfo Invariant = new TextInfo();
        private TextInfo() { }
        public string ToUpper(string str) => str.ToUpperInvariant();
        public string ToLower(string str) => str.ToLowerInvariant();
        public char ToUpper(char c) => char.ToUpperInvariant(c);
        public char ToLower(char c) => char.ToLowerInvariant(c);
        public string ListSeparator => ",";

        // Upper-cases the first letter of each word and lower-cases the rest, leaving all-capital words alone.
        public string ToTitleCase(string str)
        {
            if (str == null) ThrowHelpers.ThrowArgumentNull("str");
            char[] c = str.ToCharArray();
            int i = 0;
            while (i < c.Length)
            {
                if (!char.IsLetter(c[i])) { i++; continue; }
                int start = i;
                bool allUpper = true;
                while (i < c.Length && (char.IsLetterOrDigit(c[i]) || c[i] == '\'')) { if (char.IsLower(c[i])) allUpper = false; i++; }
                if (allUpper && i - start > 1) continue;
                c[start] = char.ToUpperInvariant(c[start]);
                for (int k = start + 1; k < i; k++) c[k] = char.ToLowerInvariant(c[k]);
            }
            return new string(c);
        }
    }

    [Flags]
    public enum NumberStyles
    {
        None = 0, AllowLeadingWhite = 1, AllowTrailingWhite = 2, AllowLeadingSign = 4, AllowTrailingSign = 8,
        AllowParentheses = 16, AllowDecimalPoint = 32, AllowThousands = 64, AllowExponent = 128,
        AllowCurrencySymbol = 256, AllowHexSpecifier = 512, AllowBinarySpecifier = 1024,
        Integer = AllowLeadingWhite | AllowTrailingWhite | AllowLeadingSign,
        HexNumber = AllowLeadingWhite | AllowTrailingWhite | AllowHexSpecifier,
        BinaryNumber = AllowLeadingWhite | AllowTrailingWhite | AllowBinarySpecifier,
        Number = Integer | AllowTrailingSign | AllowDecimalPoint | AllowThousands,
        Float = Integer | AllowDecimalPoint | AllowExponent,
        Currency = Number | AllowParentheses | AllowCurrencySymbol,
        Any = Currency | AllowExponent,
    }
}

using System.Text;

// Custom numeric format strings ("#,##0.00", "0.###E+0", "0.0%;(0.0%);zero", quoted literals and '\' escapes).
namespace System
{
    internal static unsafe partial class Number
    {
        // Start and end of section `index` of a ';'-separated format (quotes and escapes respected); false if absent.
        private static bool FindSection(string format, int index, out int start, out int end)
        {
            start = 0;
            int section = 0;
            for (int i = 0; i < format.Length; i++)
            {
                char c = format[i];
                if (c == '\\') { i++; continue; }
                if (c == '\'' || c == '"')
                {
                    i++;
                    while (i < format.Length && format[i] != c) i++;
                    continue;
                }
                if (c == ';')
                {
                    if (section == index) { end = i; return true; }
                    section++;
                    start = i + 1;
                }
            }
            end = format.Length;
            return section == index;
        }

        private static string FormatCustom(ref NumberBuffer number, string format)
        {
            // Choose the section: positive (or all), negative, zero. The zero test uses the value as rounded
            // by the first section's pattern, as .NET does.
            int start, end;
            FindSection(format, 0, out start, out end);
            bool hasNegative = FindSection(format, 1, out int nStart, out int nEnd);
            bool hasZero = FindSection(format, 2, out int zStart, out int zEnd);
            int section = 0;
            if (number.IsNegative && hasNegative && nEnd > nStart) { start = nStart; end = nEnd; section = 1; }
            byte* saved = stackalloc byte[number.Count > 0 ? number.Count : 1];
            int savedCount = number.Count, savedScale = number.Scale;
            bool savedNegative = number.IsNegative;
            for (int i = 0; i < number.Count; i++) saved[i] = number.Digits[i];

            string result = FormatSection(ref number, format, start, end, section != 0);
            if (hasZero && number.Count == 0 && zEnd > zStart)
            {
                for (int i = 0; i < savedCount; i++) number.Digits[i] = saved[i];
                number.Count = savedCount; number.Scale = savedScale; number.IsNegative = savedNegative;
                return FormatSection(ref number, format, zStart, zEnd, true);
            }
            if (number.Count == 0 && section == 1 && !hasZero)
            {
                // A negative value that rounds to zero takes the first section.
                for (int i = 0; i < savedCount; i++) number.Digits[i] = saved[i];
                number.Count = savedCount; number.Scale = savedScale; number.IsNegative = savedNegative;
                FindSection(format, 0, out start, out end);
                return FormatSection(ref number, format, start, end, false);
            }
            return result;
        }

        private static string FormatSection(ref NumberBuffer number, string f, int start, int end, bool noSign)
        {
            // Pass 1: the shape of the pattern.
            int intDigits = 0, firstZeroInt = -1, fracDigits = 0, lastZeroFrac = 0;
            bool seenPoint = false, grouping = false, scientific = false;
            int scaleCommas = 0, percent = 0, permille = 0;
            int pendingCommas = 0;
            for (int i = start; i < end; i++)
            {
                char c = f[i];
                switch (c)
                {
                    case '#':
                    case '0':
                        if (pendingCommas > 0 && !seenPoint && intDigits > 0) grouping = true;
                        pendingCommas = 0;
                        if (seenPoint) { fracDigits++; if (c == '0') lastZeroFrac = fracDigits; }
                        else { if (c == '0' && firstZeroInt < 0) firstZeroInt = intDigits; intDigits++; }
                        break;
                    case '.':
                        if (!seenPoint) { seenPoint = true; scaleCommas += pendingCommas; pendingCommas = 0; }
                        break;
                    case ',':
                        if (!seenPoint && intDigits > 0) pendingCommas++;
                        break;
                    case '%': percent++; break;
                    case '\u2030': permille++; break;
                    case '\\': i++; break;
                    case '\'': case '"':
                        i++;
                        while (i < end && f[i] != c) i++;
                        break;
                    case 'E': case 'e':
                        if (i + 1 < end && (f[i + 1] == '0' || ((f[i + 1] == '+' || f[i + 1] == '-') && i + 2 < end && f[i + 2] == '0')))
                        {
                            scientific = true;
                            i++;
                            if (f[i] == '+' || f[i] == '-') i++;
                            while (i + 1 < end && f[i + 1] == '0') i++;
                        }
                        break;
                }
            }
            if (!seenPoint) scaleCommas += pendingCommas;
            if (number.Count > 0)
            {
                number.Scale += 2 * percent + 3 * permille - 3 * scaleCommas;
            }

            int exponent = 0;
            if (scientific)
            {
                if (number.Count > 0)
                {
                    int lead = intDigits > 0 ? intDigits : 1;
                    if (intDigits == 0) lead = 0;
                    exponent = number.Scale - lead;
                    number.Scale = lead;
                }
                RoundNumber(ref number, (number.Count > 0 ? number.Scale : 0) + fracDigits);
                if (number.Count == 0) exponent = 0;
                else if (number.Scale != (intDigits > 0 ? intDigits : 0))
                {
                    // Rounding carried into a new digit (9.99 -> 10.0): shift it back into the mantissa.
                    exponent += number.Scale - intDigits;
                    number.Scale = intDigits;
                }
            }
            else RoundNumber(ref number, number.Scale + fracDigits);

            var sb = new StringBuilder();
            bool signed = number.IsNegative && !noSign && (number.Count > 0 || number.IsFloatingPoint);
            if (signed) sb.Append('-');
            int digitsOut = 0;

            byte* d = number.Digits;
            int scale = number.Count > 0 ? number.Scale : 0;
            int intTotal = scale > intDigits ? scale : intDigits;   // integer positions printed (at most)
            int zeroFrom = firstZeroInt < 0 ? -1 : intDigits - 1 - firstZeroInt;  // highest power that prints a forced 0
            bool pointShown = lastZeroFrac > 0 || (number.Count > scale && fracDigits > 0);
            int intSeen = 0, fracSeen = 0;
            bool anyIntDigit = false;
            for (int i = start; i < end; i++)
            {
                char c = f[i];
                switch (c)
                {
                    case '#':
                    case '0':
                        if (!seenPointAt(f, start, i))
                        {
                            // Integer placeholder number intSeen maps to power (intDigits - 1 - intSeen); the first one
                            // also prints every higher power the value has.
                            int top = intSeen == 0 ? intTotal - 1 : intDigits - 1 - intSeen;
                            int bottom = intDigits - 1 - intSeen;
                            for (int p = top; p >= bottom; p--)
                            {
                                bool real = p < scale;
                                if (real || p <= zeroFrom)
                                {
                                    char digit = real ? (scale - 1 - p < number.Count ? (char)d[scale - 1 - p] : '0') : '0';
                                    sb.Append(digit);
                                    anyIntDigit = true;
                                    digitsOut++;
                                    if (grouping && p > 0 && p % 3 == 0) sb.Append(',');
                                }
                            }
                            intSeen++;
                        }
                        else
                        {
                            fracSeen++;
                            int idx = scale + fracSeen - 1;
                            if (idx < number.Count && (idx >= 0 ? true : number.Count > 0)) { sb.Append(idx >= 0 ? (char)d[idx] : '0'); digitsOut++; }
                            else if (fracSeen <= lastZeroFrac) { sb.Append('0'); digitsOut++; }
                        }
                        break;
                    case '.':
                        if (!seenPointAt(f, start, i) && pointShown) sb.Append('.');
                        break;
                    case ',':
                        break;
                    case '%': sb.Append('%'); break;
                    case '\u2030': sb.Append('\u2030'); break;
                    case '\\':
                        if (i + 1 < end) sb.Append(f[++i]);
                        break;
                    case '\'': case '"':
                        i++;
                        while (i < end && f[i] != c) sb.Append(f[i++]);
                        break;
                    case 'E': case 'e':
                        if (scientific && i + 1 < end && (f[i + 1] == '0' || f[i + 1] == '+' || f[i + 1] == '-'))
                        {
                            bool plus = f[i + 1] == '+';
                            int j = i + 1;
                            if (f[j] == '+' || f[j] == '-') j++;
                            int minDigits = 0;
                            while (j < end && f[j] == '0') { minDigits++; j++; }
                            AppendExponent(sb, exponent, c, minDigits, plus);
                            digitsOut++;
                            i = j - 1;
                        }
                        else sb.Append(c);
                        break;
                    default:
                        sb.Append(c);
                        break;
                }
            }
            // A value that rounded to nothing visible ("#.#" of -0.004) prints no sign, as in .NET.
            if (signed && digitsOut == 0 && number.Count == 0) sb.Remove(0, 1);
            if (intDigits == 0 && !anyIntDigit && scale > 0)
            {
                // A pattern without integer placeholders still shows the integer part (".00" formats 12.5 as "12.50").
                var head = new StringBuilder();
                for (int p = 0; p < scale; p++) head.Append(p < number.Count ? (char)d[p] : '0');
                int at = 0;
                string body = sb.ToString();
                if (body.Length > 0 && body[0] == '-') at = 1;
                return body.Substring(0, at) + head.ToString() + body.Substring(at);
            }
            return sb.ToString();
        }

        // Whether a '.' precedes position i within the section (outside quotes).
        private static bool seenPointAt(string f, int start, int i)
        {
            for (int k = start; k < i; k++)
            {
                char c = f[k];
                if (c == '\\') { k++; continue; }
                if (c == '\'' || c == '"') { k++; while (k < i && f[k] != c) k++; continue; }
                if (c == '.') return true;
                if ((c == 'E' || c == 'e') && k + 1 < f.Length && (f[k + 1] == '0' || f[k + 1] == '+' || f[k + 1] == '-')) return true;
            }
            return false;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

// Small programs of the kind people write, run one after another. Each prints a header and its report.
public static class Program
{
    public static void Main()
    {
        LoanCalculator.Run();
        UnitConverter.Run();
        StatisticsReport.Run();
        Invoice.Run();
        CsvImport.Run();
        HexDump.Run();
        Geometry.Run();
        TemperatureTable.Run();
        Base64RoundTrip.Run();
        FormatGallery.Run();
        TextTools.Run();
    }
}

static class LoanCalculator
{
    public static void Run()
    {
        Console.WriteLine("== Loan amortization");
        double principal = 25000;
        double annualRate = 0.065;
        int months = 12;
        double r = annualRate / 12;
        double payment = principal * r / (1 - Math.Pow(1 + r, -months));
        Console.WriteLine($"Principal: {principal:C}  Rate: {annualRate:P2}  Term: {months} months");
        Console.WriteLine($"Monthly payment: {payment:F2}");
        Console.WriteLine("{0,5} {1,12} {2,10} {3,10} {4,12}", "Month", "Payment", "Interest", "Principal", "Balance");
        double balance = principal, totalInterest = 0;
        for (int m = 1; m <= months; m++)
        {
            double interest = Math.Round(balance * r, 2);
            double toPrincipal = payment - interest;
            balance -= toPrincipal;
            if (Math.Abs(balance) < 0.005) balance = 0;
            totalInterest += interest;
            Console.WriteLine("{0,5} {1,12:N2} {2,10:N2} {3,10:N2} {4,12:N2}", m, payment, interest, toPrincipal, balance);
        }
        Console.WriteLine($"Total interest: {totalInterest:N2}");
        Console.WriteLine($"Doubling time at 7%: {Math.Log(2) / Math.Log(1.07):F1} years");
        for (int years = 5; years <= 30; years += 5)
            Console.WriteLine($"  {years,2} years at 5%: {1000 * Math.Pow(1.05, years),10:F2}");
    }
}

static class UnitConverter
{
    static readonly string[] s_units = { "mm", "cm", "m", "km", "in", "ft", "mi" };
    static readonly double[] s_meters = { 0.001, 0.01, 1, 1000, 0.0254, 0.3048, 1609.344 };

    static double Convert(double value, string from, string to) =>
        value * s_meters[Array.IndexOf(s_units, from)] / s_meters[Array.IndexOf(s_units, to)];

    public static void Run()
    {
        Console.WriteLine("== Unit converter");
        string[] requests = { "5 km mi", "12 in cm", "6 ft m", "1 mi ft", "250 mm in", "3.5 m ft" };
        foreach (string req in requests)
        {
            string[] p = req.Split(' ');
            double v = double.Parse(p[0], CultureInfo.InvariantCulture);
            double r = Convert(v, p[1], p[2]);
            Console.WriteLine($"{v,6} {p[1],-2} = {r,12:0.####} {p[2]}");
        }
        double kg = 72.5;
        Console.WriteLine($"{kg} kg = {kg * 2.20462262:F3} lb");
        Console.WriteLine($"100 km/h = {100 / 3.6:F4} m/s = {100 / 1.609344:0.00} mph");
        Console.WriteLine($"Speed of light: {299792458.0:E3} m/s, {299792458:N0} m/s");
        Console.WriteLine($"Planck: {6.62607015e-34} J s; Avogadro: {6.02214076e23}");
    }
}

static class StatisticsReport
{
    public static void Run()
    {
        Console.WriteLine("== Statistics");
        double[] data = { 23.5, 19.25, 31.0, 27.75, 22.1, 18.9, 35.4, 29.3, 24.6, 21.05, 26.8, 30.15 };
        double sum = 0, min = double.MaxValue, max = double.MinValue;
        foreach (double d in data) { sum += d; min = Math.Min(min, d); max = Math.Max(max, d); }
        double mean = sum / data.Length;
        double sq = 0;
        foreach (double d in data) sq += (d - mean) * (d - mean);
        double stddev = Math.Sqrt(sq / (data.Length - 1));
        double[] sorted = new double[data.Length];
        Array.Copy(data, sorted, data.Length);
        Array.Sort(sorted);
        Console.WriteLine($"{"Count",-10}{data.Length,10}");
        Console.WriteLine($"{"Sum",-10}{sum,10:F2}");
        Console.WriteLine($"{"Mean",-10}{mean,10:F3}");
        Console.WriteLine($"{"StdDev",-10}{stddev,10:F4}");
        Console.WriteLine($"{"Min",-10}{min,10}");
        Console.WriteLine($"{"Max",-10}{max,10}");
        foreach (int pct in new[] { 10, 25, 50, 75, 90 })
        {
            double rank = pct / 100.0 * (sorted.Length - 1);
            int lo = (int)Math.Floor(rank), hi = (int)Math.Ceiling(rank);
            double value = sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
            Console.WriteLine($"P{pct,-9}{value,10:F2}");
        }
        Console.WriteLine($"mean (raw) = {mean}, variance = {sq / (data.Length - 1)}");
        Console.WriteLine($"coefficient of variation: {stddev / mean:P1}");
        int[] counts = new int[4];
        foreach (double d in data) counts[Math.Clamp((int)((d - 15) / 6), 0, 3)]++;
        for (int i = 0; i < counts.Length; i++)
            Console.WriteLine($"{15 + 6 * i,3}-{21 + 6 * i,-3} {new string('#', counts[i]),-6}|{counts[i]}");
    }
}

static class Invoice
{
    public static void Run()
    {
        Console.WriteLine("== Invoice");
        string[] items = { "Widget", "Gadget (large)", "Cable 2m", "Service hour" };
        decimal[] prices = { 19.99m, 149.50m, 4.25m, 85m };
        int[] qty = { 3, 1, 12, 2 };
        decimal subtotal = 0;
        Console.WriteLine($"{"Item",-16}{"Qty",5}{"Price",10}{"Total",11}");
        for (int i = 0; i < items.Length; i++)
        {
            decimal line = prices[i] * qty[i];
            subtotal += line;
            Console.WriteLine($"{items[i],-16}{qty[i],5}{prices[i],10:N2}{line,11:N2}");
        }
        decimal discount = Math.Round(subtotal * 0.05m, 2);
        decimal taxable = subtotal - discount;
        decimal tax = Math.Round(taxable * 0.0825m, 2, MidpointRounding.AwayFromZero);
        decimal total = taxable + tax;
        Console.WriteLine($"{"Subtotal",-31}{subtotal,11:N2}");
        Console.WriteLine($"{"Discount 5%",-31}{-discount,11:N2}");
        Console.WriteLine($"{"Tax 8.25%",-31}{tax,11:N2}");
        Console.WriteLine($"{"Total",-31}{total,11:C}");
        Console.WriteLine($"raw: {subtotal} {discount} {taxable * 0.0825m} {total}");
        Console.WriteLine($"split 3 ways: {total / 3} -> {Math.Round(total / 3, 2)} each, remainder {total - 3 * Math.Round(total / 3, 2)}");
        decimal a = 1.1m, b = 2.20m;
        Console.WriteLine($"{a + b} {a * b} {b / a} {b % a} {a - b} {-a} {a == 1.10m} {a < b} {decimal.MaxValue / 2}");
        Console.WriteLine($"{(decimal)0.1} {(double)1.25m} {(int)7.9m} {decimal.Floor(-2.5m)} {decimal.Ceiling(2.1m)} {decimal.Truncate(-7.89m)}");
        Console.WriteLine($"{decimal.Parse("1234.5600")} {decimal.Parse("-0.001")} {1m / 3m * 3m} {100m / 8m} {2.50m * 4m}");
        if (decimal.TryParse("12,345.67", NumberStyles.Number, CultureInfo.InvariantCulture, out decimal parsed))
            Console.WriteLine($"parsed {parsed} -> {parsed:F1} {parsed:E2} {parsed:0.000} {parsed:G}");
    }
}

static class CsvImport
{
    public static void Run()
    {
        Console.WriteLine("== CSV import");
        string csv = "id, name , price,qty,active\n1,Apple,0.5,100,true\n2, Banana ,0.25,,False\n3,Cherry,abc,12,TRUE\n4,Date,1e2,7,no\n\n5,Elder, 3.75 , -4 ,false\n";
        string[] lines = csv.Split(new[] { '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries);
        string[] header = lines[0].Split(',', StringSplitOptions.TrimEntries);
        Console.WriteLine("columns: " + string.Join("|", header));
        double total = 0;
        for (int i = 1; i < lines.Length; i++)
        {
            string[] f = lines[i].Split(',');
            for (int k = 0; k < f.Length; k++) f[k] = f[k].Trim();
            bool okId = int.TryParse(f[0], out int id);
            bool okPrice = double.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out double price);
            bool okQty = int.TryParse(f[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out int qty);
            bool okActive = bool.TryParse(f[4], out bool active);
            string status = (okPrice ? "" : " bad-price") + (okQty ? "" : " bad-qty") + (okActive ? "" : " bad-flag");
            if (okPrice && okQty) total += price * qty;
            Console.WriteLine($"#{id} {f[1],-8} price={(okPrice ? price.ToString("F2") : "?"),6} qty={(okQty ? qty.ToString() : "?"),4} active={active,-5}{status}");
        }
        Console.WriteLine($"stock value: {total:F2}");
        string[] nums = { "42", "-17", "+8", " 99 ", "2147483647", "2147483648", "-2147483648", "0x1F", "1,000", "12.0", "", "7e3" };
        foreach (string n in nums)
        {
            bool ok = int.TryParse(n, out int v);
            bool okL = long.TryParse(n, out long l);
            bool okT = int.TryParse(n, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out int t);
            bool okD = double.TryParse(n, out double d);
            Console.WriteLine($"'{n}': int {ok} {v}, long {okL} {l}, thousands {okT} {t}, double {okD} {d}");
        }
        Console.WriteLine($"{int.Parse("FF", NumberStyles.HexNumber)} {uint.Parse("ffffffff", NumberStyles.HexNumber)} {int.Parse("80000000", NumberStyles.HexNumber)} {long.Parse("7FFFFFFFFFFFFFFF", NumberStyles.AllowHexSpecifier)} {byte.Parse("200")} {short.Parse("-300")} {ulong.Parse("18446744073709551615")}");
        Console.WriteLine($"{byte.TryParse("256", out byte bb)} {bb} {sbyte.TryParse("-128", out sbyte sb)} {sb} {ushort.TryParse("-1", out ushort us)} {us}");
        string[] doubles = { "3.14159", "-0.0", "1e308", "1e309", "4.9e-324", "2.2250738585072011e-308", ".5", "5.", "NaN", "-Infinity", "0.1", "123456789012345678901234567890", "1.7976931348623157e308", "9007199254740993", " 12 ", "1,234.5" };
        foreach (string s in doubles)
        {
            bool ok = double.TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out double d);
            bool okF = float.TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out float f);
            Console.WriteLine($"{s,-26} {ok} {d,-24} {okF} {f}");
        }
        Console.WriteLine($"{char.Parse("x")} {bool.Parse(" true ")} {double.Parse("  -1.5e-3 ")} {float.Parse("0.3")}");
    }
}

static class HexDump
{
    public static void Run()
    {
        Console.WriteLine("== Hex dump");
        byte[] data = Encoding.UTF8.GetBytes("Kiln runs C# unikernels: \u00e9t\u00e9 \u20ac5 \u2603\n\t\u0001end");
        for (int off = 0; off < data.Length; off += 16)
        {
            var sb = new StringBuilder();
            sb.Append(off.ToString("X8")).Append("  ");
            for (int i = 0; i < 16; i++)
            {
                if (off + i < data.Length) sb.AppendFormat("{0:x2} ", data[off + i]);
                else sb.Append("   ");
                if (i == 7) sb.Append(' ');
            }
            sb.Append(" |");
            for (int i = off; i < off + 16 && i < data.Length; i++)
                sb.Append(data[i] >= 0x20 && data[i] < 0x7F ? (char)data[i] : '.');
            sb.Append('|');
            Console.WriteLine(sb.ToString());
        }
        Console.WriteLine($"{data.Length} bytes, {Encoding.UTF8.GetString(data).Length} chars, UTF-8 count {Encoding.UTF8.GetByteCount("\u00e9\u20ac\U0001F600")}, ASCII {Encoding.ASCII.GetString(Encoding.ASCII.GetBytes("caf\u00e9"))}");
        Console.WriteLine(BitConverter.ToString(new byte[] { 0, 15, 16, 255 }) + " " + BitConverter.ToString(BitConverter.GetBytes(0x12345678)));
        foreach (int v in new[] { 0, 1, 255, -1, 1234567, int.MinValue })
            Console.WriteLine($"{v,12} {v:X8} {v:x} {Convert.ToString(v, 2).PadLeft(32, '0')} {Convert.ToString(v, 8)} {Convert.ToString(v, 16)}");
        Console.WriteLine($"{Convert.ToInt32("7fffffff", 16)} {Convert.ToInt32("11111111", 2)} {Convert.ToInt64("777", 8)} {Convert.ToByte("ff", 16)} {Convert.ToInt16("ffff", 16)} {Convert.ToInt32("-123", 10)}");
        Console.WriteLine($"{((short)-2):X} {((byte)171):X2} {((sbyte)-1):x} {((long)-1):X} {((ulong)1 << 63):X} {255:X1} {255:X6} {65535:B} {5:B8}");
    }
}

static class Geometry
{
    struct Point
    {
        public double X, Y;
        public Point(double x, double y) { X = x; Y = y; }
        public override string ToString() => $"({X:0.###}, {Y:0.###})";
    }

    public static void Run()
    {
        Console.WriteLine("== Geometry");
        var poly = new[] { new Point(0, 0), new Point(4, 0), new Point(4, 3), new Point(1, 5), new Point(-1, 2) };
        double area = 0, perimeter = 0;
        for (int i = 0; i < poly.Length; i++)
        {
            Point a = poly[i], b = poly[(i + 1) % poly.Length];
            area += a.X * b.Y - b.X * a.Y;
            perimeter += Math.Sqrt((b.X - a.X) * (b.X - a.X) + (b.Y - a.Y) * (b.Y - a.Y));
        }
        area = Math.Abs(area) / 2;
        var outline = new StringBuilder("polygon");
        foreach (Point p in poly) outline.Append(' ').Append(p.ToString());
        Console.WriteLine(outline.ToString());
        Console.WriteLine($"area {area:F2}, perimeter {perimeter:F4}");
        for (int i = 0; i < poly.Length; i++)
        {
            Point p = poly[i];
            double angle = Math.Atan2(p.Y, p.X) * 180 / Math.PI;
            double dist = Math.Sqrt(p.X * p.X + p.Y * p.Y);
            Console.WriteLine($"{p,-12} r={dist,8:F4} theta={angle,9:F3} deg");
        }
        for (int deg = 0; deg <= 360; deg += 45)
        {
            double rad = deg * Math.PI / 180;
            Console.WriteLine($"{deg,4} sin {Math.Sin(rad),7:F4} cos {Math.Cos(rad),7:F4} tan {(deg % 180 == 90 ? "   inf" : Math.Tan(rad).ToString("F3")),8}");
        }
        Console.WriteLine($"asin(0.5)={Math.Asin(0.5) * 180 / Math.PI:F6} acos(-1)={Math.Acos(-1):F10} atan(1)*4={Math.Atan(1) * 4:F12}");
        Console.WriteLine($"hypot 3-4-5: {Math.Sqrt(3 * 3 + 4 * 4)}; sqrt2 {Math.Sqrt(2)}; cbrt 27 {Math.Cbrt(27):F6}; e {Math.E}; pi {Math.PI}; tau {Math.Tau}");
        Console.WriteLine($"{Math.Floor(-2.5)} {Math.Ceiling(-2.5)} {Math.Round(-2.5)} {Math.Round(3.5)} {Math.Truncate(-7.9)} {Math.Round(2.675, 2)} {Math.Round(1.2345, 3, MidpointRounding.AwayFromZero)} {Math.Round(-0.4)}");
        Console.WriteLine($"{Math.Sign(-3.2)} {Math.Sign(0)} {Math.Max(3, 7)} {Math.Min(-1.5, 2)} {Math.Clamp(15, 0, 10)} {Math.Abs(-42)} {Math.BigMul(100000, 100000)} {Math.DivRem(17, 5, out int rem)} r{rem} {Math.CopySign(3.0, -1)}");
        Console.WriteLine($"{Math.Exp(1):F10} {Math.Log(Math.E):F6} {Math.Log10(1000)} {Math.Log2(1024)} {Math.Pow(2, 10)} {Math.Pow(2, -2)} {Math.Pow(9, 0.5)} {Math.Log(8, 2):F6} {Math.FusedMultiplyAdd(2, 3, 4)}");
        Console.WriteLine($"{MathF.Sqrt(2f)} {MathF.PI} {MathF.Round(2.5f)} {MathF.Floor(-1.5f)} {(float)Math.Sin(1):F5} {MathF.Abs(-3.5f)} {MathF.Max(1.5f, 2.5f)}");
    }
}

static class TemperatureTable
{
    public static void Run()
    {
        Console.WriteLine("== Temperature table");
        Console.WriteLine(string.Format("{0,8} | {1,8} | {2,8}", "Celsius", "Fahr.", "Kelvin"));
        Console.WriteLine(new string('-', 30));
        for (int c = -40; c <= 100; c += 20)
        {
            double f = c * 9.0 / 5 + 32;
            double k = c + 273.15;
            Console.WriteLine(string.Format("{0,8:+0;-0;0} | {1,8:0.0} | {2,8:#,##0.00}", c, f, k));
        }
        double[] readings = { 21.456, -3.2, 0, 1234.5, 0.05, -0.004, 99.995 };
        foreach (double r in readings)
            Console.WriteLine($"{r,10} {r,10:0.00} {r,10:#.#} {r,10:000.0} {r,12:#,##0.000} {r,10:0.0;(0.0);zero} {r,10:0%} {r:0.00E+00}");
        int[] ints = { 0, 7, -7, 1234567, 42 };
        foreach (int i in ints)
            Console.WriteLine($"{i,8:00000} {i,12:#,#} {i,10:#,##0} {i,8:0.0} [{i:'#'0}] {i:#,##0,K} {i:0\\%}");
    }
}

static class Base64RoundTrip
{
    public static void Run()
    {
        Console.WriteLine("== Base64");
        string[] texts = { "", "f", "fo", "foo", "foob", "fooba", "foobar", "Hello, World!", "\u00fcber \u20ac" };
        foreach (string t in texts)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(t);
            string b64 = Convert.ToBase64String(bytes);
            string back = Encoding.UTF8.GetString(Convert.FromBase64String(b64));
            Console.WriteLine($"{"\"" + t + "\"",-18} {b64,-22} {back == t} {Convert.ToHexString(bytes)}");
        }
        byte[] all = new byte[256];
        for (int i = 0; i < all.Length; i++) all[i] = (byte)i;
        string big = Convert.ToBase64String(all);
        Console.WriteLine(big.Substring(0, 40) + "... " + big.Length);
        byte[] again = Convert.FromBase64String(big);
        bool same = again.Length == all.Length;
        for (int i = 0; same && i < all.Length; i++) same = again[i] == all[i];
        Console.WriteLine($"round trip of 256 bytes: {same}; {Convert.FromBase64String("SGVs bG8=\n").Length} bytes with whitespace; {BitConverter.ToString(Convert.FromHexString("CAFEbabe"))}");
    }
}

static class FormatGallery
{
    public static void Run()
    {
        Console.WriteLine("== Format gallery");
        double[] values = { 0, -0.0, 1, -1, 0.1, 1.0 / 3, 2.0 / 3, 100, 1e15, 1e16, 1e17, 123456789.125, 1e-5, 0.0001, 5e-324, double.MaxValue, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.1 + 0.2, 1.5, 2.5, 1234.5678 };
        foreach (double v in values)
            Console.WriteLine($"{v} | {v:F2} | {v:E3} | {v:G4} | {v:N1} | {v:P0} | {v:R} | {v:G17} | {v:0.##} | {v:C}");
        float[] floats = { 0.1f, 1f / 3, 16777217f, 1e10f, 3.4028235e38f, 1.17549435e-38f, -2.5f, 100f };
        foreach (float f in floats)
            Console.WriteLine($"{f} | {f:F3} | {f:E} | {f:G9} | {(double)f}");
        long[] longs = { 0, 1, -1, long.MaxValue, long.MinValue, 1234567890123 };
        foreach (long l in longs)
            Console.WriteLine($"{l} | {l:N0} | {l:D20} | {l:X} | {l:E2} | {l:F1} | {l:G5} | {l:C0} | {l:P}");
        Console.WriteLine($"{ulong.MaxValue} {uint.MaxValue:N0} {short.MinValue:D6} {byte.MaxValue:X4} {(sbyte)-5:D3} {ushort.MaxValue:G}");
        Console.WriteLine(string.Format("{0} {1:F3} {2,-6}| {3,6}| {{literal}} {4:X} {5}", 1, Math.PI, "left", "right", 255, null));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0:N2} {1:P1} {2:0.0}", 1234.567, 0.4567, 9.95));
        var sb = new StringBuilder();
        sb.AppendFormat("{0}-{1}-{2}", 'a', true, 3.5m).AppendLine().AppendFormat("[{0,5}]", 42).AppendLine(" done");
        sb.Insert(0, "> ").Replace("done", "finished").Replace('-', '+');
        sb.Remove(sb.Length - 1, 1);
        Console.WriteLine(sb.ToString());
        Console.WriteLine("{0} + {1} = {2}", 2, 3, 2 + 3);
        Console.WriteLine("{0:F1}% of {1:N0}", 12.345, 1000000);
        Console.WriteLine($"{12.5.ToString(CultureInfo.InvariantCulture)} {CultureInfo.InvariantCulture.Name == ""} {CultureInfo.CurrentCulture.Name == ""} {NumberFormatInfo.InvariantInfo.NumberDecimalSeparator} {NumberFormatInfo.CurrentInfo.NegativeSign} {CultureInfo.InvariantCulture.NumberFormat.CurrencySymbol}");
        Console.WriteLine($"{3.0f} {1e-7} {-1.5e-10} {123e20} {1.0 / 7} {(float)(1.0 / 7)} {double.Epsilon} {float.Epsilon} {float.MaxValue} {(0.1f + 0.2f)}");
    }
}

static class TextTools
{
    public static void Run()
    {
        Console.WriteLine("== Text tools");
        string s = "  The quick, brown fox; jumps over... the lazy dog!  ";
        Console.WriteLine($"[{s.Trim()}] [{s.TrimStart()}] [{s.TrimEnd(' ', '!')}] [{"xxhixx".Trim('x')}] [{"--a--".TrimStart('-')}]");
        string[] words = s.Split(new[] { ' ', ',', ';', '.', '!' }, StringSplitOptions.RemoveEmptyEntries);
        Console.WriteLine($"{words.Length} words: {string.Join("/", words)}");
        Console.WriteLine(string.Join("|", "a=1;b=2;;c=3".Split(';', 2)) + " " + string.Join("|", "one  two".Split(' ')) + " " + string.Join("|", "k1=>v1=>v2".Split("=>", 2, StringSplitOptions.None)));
        Console.WriteLine(string.Join("|", "red, green ,, blue ".Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));
        Console.WriteLine($"{"hello".Insert(2, "XY")} {"hello world".Remove(5)} {"hello world".Remove(0, 6)} {"banana".Replace("an", "AN")} {"Hello".Replace("L", "l", StringComparison.OrdinalIgnoreCase)} {"abc".PadLeft(6, '.')} {"abc".PadRight(6, '_')}|");
        Console.WriteLine($"{"Hello".Contains("ELL", StringComparison.OrdinalIgnoreCase)} {"Hello".StartsWith("he", StringComparison.OrdinalIgnoreCase)} {"Hello".EndsWith("LO", StringComparison.Ordinal)} {"Hello".IndexOf("l", StringComparison.Ordinal)} {"Hello".IndexOf("L", StringComparison.InvariantCultureIgnoreCase)} {"Hello".LastIndexOf('l')} {"a,b;c".IndexOfAny(new[] { ';', ',' })}");
        Console.WriteLine($"{string.Compare("apple", "Banana")} {string.Compare("apple", "Banana", StringComparison.OrdinalIgnoreCase) < 0} {string.Compare("a", "B", true)} {string.CompareOrdinal("abc", "abd")} {"x".CompareTo("y")} {string.Equals("ABC", "abc", StringComparison.OrdinalIgnoreCase)} {"ABC".Equals("abc", StringComparison.Ordinal)} {string.Compare(null, "a")}");
        var names = new List<string> { "delta", "Alpha", "charlie", "Bravo", "echo" };
        names.Sort(StringComparer.Ordinal);
        Console.WriteLine(string.Join(",", names));
        names.Sort(StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join(",", names));
        var dict = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (string w in "The cat and THE dog and the bird".Split(' '))
            dict[w] = dict.TryGetValue(w, out int n) ? n + 1 : 1;
        foreach (var kv in dict) Console.Write($"{kv.Key}:{kv.Value} ");
        Console.WriteLine();
        Console.WriteLine($"{"MiXeD ÄÖü".ToUpperInvariant()} {"MiXeD ÄÖü".ToLowerInvariant()} {char.ToUpper('é')} {char.IsDigit('7')} {char.IsLetter('x')} {char.IsLetter('_')} {char.IsWhiteSpace('\t')} {char.IsUpper('Q')} {char.IsLower('Q')} {char.IsPunctuation('!')} {char.IsSymbol('+')} {char.GetNumericValue('8')} {char.IsLetterOrDigit('-')} {char.IsControl('\n')}");
        string sentence = "Counting: 3 apples, 12 pears & 7 plums.";
        int digits = 0, letters = 0, spaces = 0, other = 0;
        foreach (char c in sentence)
        {
            if (char.IsDigit(c)) digits++;
            else if (char.IsLetter(c)) letters++;
            else if (char.IsWhiteSpace(c)) spaces++;
            else other++;
        }
        Console.WriteLine($"digits {digits}, letters {letters}, spaces {spaces}, other {other}");
        Console.WriteLine($"{Convert.ToInt32(2.5)} {Convert.ToInt32(3.5)} {Convert.ToInt32(-2.5)} {Convert.ToDouble("2.75")} {Convert.ToBoolean("False")} {Convert.ToBoolean(5)} {Convert.ToInt32('A')} {Convert.ToChar(66)} {Convert.ToString(12.5)} {Convert.ToDecimal("3.10")} {Convert.ToInt64(1e10)} {Convert.ToInt32("  -45 ")}");
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Programs.NumberBases;

public static class Roman
{
    private static readonly (int Value, string Symbol)[] Table =
    {
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    };

    public static string ToRoman(int n)
    {
        if (n is <= 0 or >= 4000) throw new ArgumentOutOfRangeException(nameof(n), n, "must be 1..3999");
        var sb = new StringBuilder();
        foreach (var (value, symbol) in Table)
            while (n >= value) { sb.Append(symbol); n -= value; }
        return sb.ToString();
    }

    public static int FromRoman(string s)
    {
        var map = new Dictionary<char, int> { ['I'] = 1, ['V'] = 5, ['X'] = 10, ['L'] = 50, ['C'] = 100, ['D'] = 500, ['M'] = 1000 };
        int total = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (!map.TryGetValue(char.ToUpperInvariant(s[i]), out int v)) throw new FormatException($"bad roman digit '{s[i]}'");
            int next = i + 1 < s.Length && map.TryGetValue(char.ToUpperInvariant(s[i + 1]), out int nv) ? nv : 0;
            total += v < next ? -v : v;
        }
        return total;
    }
}

public static class NumberBasesProgram
{
    static string ToBase(long n, int b)
    {
        const string digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        if (n == 0) return "0";
        var chars = new Stack<char>();
        bool neg = n < 0; n = Math.Abs(n);
        while (n > 0) { chars.Push(digits[(int)(n % b)]); n /= b; }
        return (neg ? "-" : "") + new string(chars.ToArray());
    }

    public static void Run()
    {
        foreach (var n in new[] { 1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999 })
        {
            string r = Roman.ToRoman(n);
            Console.WriteLine($"{n,5} = {r,-12} back {Roman.FromRoman(r),4}");
        }
        try { Roman.ToRoman(4000); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { Roman.FromRoman("XIZ"); } catch (FormatException e) { Console.WriteLine(e.Message); }

        Console.WriteLine($"{"dec",6} {"bin",12} {"oct",5} {"hex",5} {"b36",5}");
        foreach (int n in new[] { 0, 7, 42, 255, 1000, -17 })
            Console.WriteLine($"{n,6} {Convert.ToString(n & 0xFFF, 2),12} {Convert.ToString(n, 8),5} {n,5:x} {ToBase(n, 36),5}");
        Console.WriteLine($"0x{255:X2} 0x{4096:X8} {-1:X} {(byte)200:x} {long.MaxValue:X}");
        Console.WriteLine($"{int.Parse("ff", NumberStyles.HexNumber)} {Convert.ToInt32("1011", 2)} {Convert.ToInt64("777", 8)} {Convert.ToByte("7F", 16)}");
        var inputs = new[] { "123", "-45", " 67 ", "8.9", "1e3", "abc", "", "2147483648", "+12" };
        foreach (var s in inputs)
        {
            bool ok = int.TryParse(s, out int v);
            string dbl = double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) ? d.ToString(CultureInfo.InvariantCulture) : "-";
            Console.WriteLine($"'{s}': int {(ok ? v.ToString() : "fail")}, double {dbl}");
        }
        try { int.Parse("12x"); } catch (FormatException e) { Console.WriteLine("FormatException: " + e.Message); }
        try { checked { int big = int.MaxValue; big++; } } catch (OverflowException e) { Console.WriteLine("OverflowException: " + e.Message); }
        Console.WriteLine($"{1234567.891:N2} {0.000123:E3} {42:D6} {-42:D6} {3.14159:F0} {2.5:F0} {0.5:P0} {1234.5:#,##0.00} {7:000}");
        Console.WriteLine($"{int.MaxValue} {int.MinValue} {long.MinValue} {ulong.MaxValue} {short.MaxValue} {byte.MaxValue} {sbyte.MinValue}");
        Console.WriteLine($"{double.MaxValue} {double.Epsilon} {float.MaxValue} {1.0 / 3} {1f / 3} {100.0} {1e21} {1e-7} {123456789012345.0}");
        Console.WriteLine($"{double.NaN} {double.PositiveInfinity} {-0.0} {Math.Round(2.5)} {Math.Round(3.5)} {Math.Round(-2.5, MidpointRounding.AwayFromZero)} {Math.Truncate(-3.7)} {Math.Ceiling(1.2)}");
        Console.WriteLine($"{(int)3.99} {(int)-3.99} {(long)1e18} {7 / 2} {-7 / 2} {-7 % 3} {7.0 / 2} {Math.DivRem(17, 5, out int rem)} r{rem} {1 << 10} {-16 >> 2} {0xF0 ^ 0xFF}");
        Console.WriteLine($"{7.5 % 2} {-7.5 % 2} {1e300 % 3.7} {5.0 % 0} {0.1 % 0.03} {-0.0 % 1} {7.5f % 2f} {double.MaxValue % 1e-300} {5e-324 % 3e-324}");
        var bits = Enumerable.Range(0, 8).Select(i => (0b1011_0010 >> i & 1) == 1);
        Console.WriteLine(string.Join("", bits.Reverse().Select(b => b ? '1' : '0')) + $" popcount={bits.Count(b => b)}");
    }
}

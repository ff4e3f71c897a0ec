using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Programs.Checksum;

public static class Hashes
{
    private static readonly uint[] CrcTable = BuildTable();
    private static uint[] BuildTable()
    {
        var t = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            uint c = i;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }

    public static uint Crc32(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFFFFFFu;
        foreach (byte b in data) crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return ~crc;
    }

    public static uint Adler32(byte[] data)
    {
        uint a = 1, b = 0;
        foreach (var x in data) { a = (a + x) % 65521; b = (b + a) % 65521; }
        return (b << 16) | a;
    }

    public static ulong Fnv1a64(string s)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in s) { h ^= c; h = unchecked(h * 1099511628211UL); }
        return h;
    }

    public static int Luhn(string digits)
    {
        int sum = 0; bool dbl = false;
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            int d = digits[i] - '0';
            if (dbl) { d *= 2; if (d > 9) d -= 9; }
            sum += d; dbl = !dbl;
        }
        return sum % 10;
    }
}

public struct BitSet
{
    private ulong _bits;
    public void Set(int i) => _bits |= 1UL << i;
    public void Clear(int i) => _bits &= ~(1UL << i);
    public readonly bool this[int i] => (_bits >> i & 1) != 0;
    public readonly int Count { get { int n = 0; ulong b = _bits; while (b != 0) { b &= b - 1; n++; } return n; } }
    public override readonly string ToString() => Convert.ToString((long)_bits, 2).PadLeft(16, '0');
}

public static class ChecksumProgram
{
    public static void Run()
    {
        foreach (var s in new[] { "", "a", "abc", "The quick brown fox jumps over the lazy dog", "Kiln" })
        {
            var bytes = Encoding.ASCII.GetBytes(s);
            Console.WriteLine($"{(s.Length > 12 ? s[..12] + "..." : s),-16} crc32={Hashes.Crc32(bytes):x8} adler={Hashes.Adler32(bytes):X8} fnv={Hashes.Fnv1a64(s):x16}");
        }
        Span<byte> buf = stackalloc byte[8];
        for (int i = 0; i < buf.Length; i++) buf[i] = (byte)(i * 37);
        Console.WriteLine($"span crc {Hashes.Crc32(buf):X} slice crc {Hashes.Crc32(buf.Slice(2, 4)):X} bytes {string.Join(" ", buf.ToArray())}");
        foreach (var card in new[] { "79927398713", "4539578763621486", "1234567812345678" })
            Console.WriteLine($"luhn {card}: {(Hashes.Luhn(card) == 0 ? "valid" : "invalid")}");

        var bs = new BitSet();
        foreach (var i in new[] { 0, 3, 5, 9, 15 }) bs.Set(i);
        bs.Clear(5);
        Console.WriteLine($"bits {bs} count {bs.Count} [3]={bs[3]} [5]={bs[5]}");
        uint x = 0xDEADBEEF;
        Console.WriteLine($"{x} {x >> 16:X} {x << 4:X} {(x & 0xFF00) >> 8} {(int)x} {unchecked((short)x)} {(byte)x} {~x:X}");
        Console.WriteLine($"rotl {(x << 8) | (x >> 24):X8} swap {System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(x):X8} lz {System.Numerics.BitOperations.LeadingZeroCount(0x00F0u)} pop {System.Numerics.BitOperations.PopCount(x)}");
        long big = 1L << 40;
        Console.WriteLine($"{big} {big >> 3} {unchecked((int)big)} {unchecked((ulong)-1L):X} {-big >> 1} {(-big >>> 60):X}");
        var le = BitConverter.GetBytes(0x01020304);
        Console.WriteLine($"little-endian {BitConverter.IsLittleEndian}: {string.Join(",", le)} back {BitConverter.ToInt32(le, 0):X}");
        double d = 1.5;
        Console.WriteLine($"bits of {d}: {BitConverter.DoubleToInt64Bits(d):X16}, int hash of 'abc' is stable: {"abc".GetHashCode() == "abc".GetHashCode()}");
        var parity = Enumerable.Range(0, 16).Select(n => System.Numerics.BitOperations.PopCount((uint)n) % 2).ToArray();
        Console.WriteLine("parity: " + string.Concat(parity));
    }
}

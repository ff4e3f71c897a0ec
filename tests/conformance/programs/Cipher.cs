using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Programs.Cipher;

public interface ICipher
{
    string Encrypt(string plain);
    string Decrypt(string cipher);
}

public sealed class Caesar : ICipher
{
    private readonly int _shift;
    public Caesar(int shift) => _shift = ((shift % 26) + 26) % 26;
    static char Shift(char c, int by) => c switch
    {
        >= 'a' and <= 'z' => (char)('a' + (c - 'a' + by) % 26),
        >= 'A' and <= 'Z' => (char)('A' + (c - 'A' + by) % 26),
        _ => c,
    };
    public string Encrypt(string plain) => new string(plain.Select(c => Shift(c, _shift)).ToArray());
    public string Decrypt(string cipher) => new string(cipher.Select(c => Shift(c, 26 - _shift)).ToArray());
    public override string ToString() => $"Caesar({_shift})";
}

public sealed class Vigenere : ICipher
{
    private readonly string _key;
    public Vigenere(string key) => _key = key.ToUpperInvariant();
    string Transform(string text, int sign)
    {
        var sb = new StringBuilder(text.Length);
        int k = 0;
        foreach (char c in text)
        {
            if (!char.IsLetter(c)) { sb.Append(c); continue; }
            char b = char.IsUpper(c) ? 'A' : 'a';
            int shift = (_key[k++ % _key.Length] - 'A') * sign;
            sb.Append((char)(b + ((c - b + shift) % 26 + 26) % 26));
        }
        return sb.ToString();
    }
    public string Encrypt(string plain) => Transform(plain, 1);
    public string Decrypt(string cipher) => Transform(cipher, -1);
    public override string ToString() => $"Vigenere({_key})";
}

public sealed class XorBase64 : ICipher
{
    private readonly byte[] _key;
    public XorBase64(string key) => _key = Encoding.UTF8.GetBytes(key);
    public string Encrypt(string plain)
    {
        var data = Encoding.UTF8.GetBytes(plain);
        for (int i = 0; i < data.Length; i++) data[i] ^= _key[i % _key.Length];
        return Convert.ToBase64String(data);
    }
    public string Decrypt(string cipher)
    {
        var data = Convert.FromBase64String(cipher);
        for (int i = 0; i < data.Length; i++) data[i] ^= _key[i % _key.Length];
        return Encoding.UTF8.GetString(data);
    }
    public override string ToString() => "XorBase64";
}

public static class CipherProgram
{
    public static void Run()
    {
        const string message = "Attack at dawn! Meet @ the old mill, 5 o'clock.";
        var ciphers = new List<ICipher> { new Caesar(3), new Caesar(-1), new Vigenere("lemon"), new XorBase64("k3y") };
        foreach (var c in ciphers)
        {
            string enc = c.Encrypt(message);
            string dec = c.Decrypt(enc);
            Console.WriteLine($"{c,-16} {enc}");
            Console.WriteLine($"{"",-16} round trip ok: {dec == message}");
        }
        string secret = new Caesar(13).Encrypt("Why did the chicken cross the road?");
        Console.WriteLine($"rot13: {secret} -> {new Caesar(13).Encrypt(secret)}");

        var freq = secret.Where(char.IsLetter).GroupBy(char.ToLower).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First();
        int guess = (freq.Key - 'e' + 26) % 26;
        Console.WriteLine($"most common '{freq.Key}' x{freq.Count()} -> guessed shift {guess}: {new Caesar(guess).Decrypt(secret)}");

        var bytes = Encoding.UTF8.GetBytes("héllo ✓");
        Console.WriteLine($"utf8 {bytes.Length} bytes: {BitConverter.ToString(bytes)} | {Convert.ToHexString(bytes)} | chars {"héllo ✓".Length}");
        Console.WriteLine($"b64 {Convert.ToBase64String(bytes)} back '{Encoding.UTF8.GetString(Convert.FromBase64String(Convert.ToBase64String(bytes)))}'");
        Console.WriteLine($"ascii {string.Join(",", Encoding.ASCII.GetBytes("AZaz09"))}");
        foreach (var bad in new[] { "not base64!", "QUJD" })
        {
            try { Console.WriteLine($"decoded: {Encoding.UTF8.GetString(Convert.FromBase64String(bad))}"); }
            catch (FormatException) { Console.WriteLine($"'{bad}' is not valid base64"); }
        }
        var sb = new StringBuilder();
        foreach (char ch in "Kiln") sb.Append(((int)ch).ToString("x2")).Append(' ');
        Console.WriteLine(sb.ToString().TrimEnd() + $" | reversed: {string.Concat("Kiln".Reverse())} | {string.Join("-", "abc".ToCharArray())}");
    }
}

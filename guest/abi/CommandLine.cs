// Shared by the host (kiln run writes the command line) and the kvm platform (the image reads it back): both
// compile this very file, so the two sides cannot drift apart. It uses nothing beyond Span and bytes, which both
// the BCL and Kiln's runtime have.
using System;

namespace Kiln.Abi
{
    // A kvm image's command line (docs/boot.md, "Command line"): words separated by spaces. Inside a word, "..." and
    // '...' group (for command lines written by hand), \xHH stands for the byte HH and \c for the character c.
    // kiln run writes every byte outside 0x21-0x7e, and \ " ', as \xHH, and an empty word as "", so any argv
    // arrives byte for byte: the line itself is then plain printable ASCII without quotes.
    internal static class CommandLine
    {
        private static bool IsPlain(byte b) => b > 0x20 && b < 0x7F && b != (byte)'\\' && b != (byte)'"' && b != (byte)'\'';

        // Bytes Encode writes for word.
        public static int EncodedLength(ReadOnlySpan<byte> word)
        {
            if (word.Length == 0) return 2;
            int n = 0;
            for (int i = 0; i < word.Length; i++) n += IsPlain(word[i]) ? 1 : 4;
            return n;
        }

        // Writes word into to (EncodedLength bytes).
        public static void Encode(ReadOnlySpan<byte> word, Span<byte> to)
        {
            if (word.Length == 0) { to[0] = (byte)'"'; to[1] = (byte)'"'; return; }
            int n = 0;
            for (int i = 0; i < word.Length; i++)
            {
                byte b = word[i];
                if (IsPlain(b)) { to[n++] = b; continue; }
                to[n++] = (byte)'\\';
                to[n++] = (byte)'x';
                to[n++] = Hex(b >> 4);
                to[n++] = Hex(b & 0xF);
            }
        }

        // Reads the word that starts at or after line[at] (spaces skip) into word, which needs room for as many bytes
        // as the line has left; moves at past it. Returns the word's length, or -1 when only spaces are left.
        public static int NextWord(ReadOnlySpan<byte> line, ref int at, Span<byte> word)
        {
            while (at < line.Length && line[at] == (byte)' ') at++;
            if (at == line.Length) return -1;
            int n = 0;
            byte quote = 0;
            while (at < line.Length)
            {
                byte c = line[at++];
                if (c == (byte)'\\' && at < line.Length)
                {
                    int hi, lo;
                    if (line[at] == (byte)'x' && at + 2 < line.Length + 0 && (hi = HexValue(line[at + 1])) >= 0 && (lo = HexValue(line[at + 2])) >= 0)
                    {
                        word[n++] = (byte)(hi << 4 | lo);
                        at += 3;
                    }
                    else word[n++] = line[at++];
                }
                else if (quote != 0) { if (c == quote) quote = 0; else word[n++] = c; }
                else if (c == (byte)'"' || c == (byte)'\'') quote = c;
                else if (c == (byte)' ') break;
                else word[n++] = c;
            }
            return n;
        }

        private static byte Hex(int d) => (byte)(d < 10 ? '0' + d : 'a' + d - 10);

        private static int HexValue(byte c) =>
            c >= (byte)'0' && c <= (byte)'9' ? c - '0' : c >= (byte)'a' && c <= (byte)'f' ? c - 'a' + 10 : c >= (byte)'A' && c <= (byte)'F' ? c - 'A' + 10 : -1;
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Programs.ExprCalc;

enum TokenType { Number, Ident, Op, LParen, RParen, End }
record Token(TokenType Type, string Text);

class Lexer
{
    private readonly string _src; private int _pos;
    public Lexer(string src) => _src = src;
    public IEnumerable<Token> Tokens()
    {
        while (_pos < _src.Length)
        {
            char c = _src[_pos];
            if (char.IsWhiteSpace(c)) { _pos++; continue; }
            if (char.IsDigit(c) || c == '.')
            {
                int start = _pos;
                while (_pos < _src.Length && (char.IsDigit(_src[_pos]) || _src[_pos] == '.')) _pos++;
                yield return new Token(TokenType.Number, _src.Substring(start, _pos - start));
            }
            else if (char.IsLetter(c))
            {
                var sb = new StringBuilder();
                while (_pos < _src.Length && char.IsLetterOrDigit(_src[_pos])) sb.Append(_src[_pos++]);
                yield return new Token(TokenType.Ident, sb.ToString());
            }
            else if (c == '(') { _pos++; yield return new Token(TokenType.LParen, "("); }
            else if (c == ')') { _pos++; yield return new Token(TokenType.RParen, ")"); }
            else if ("+-*/^%".IndexOf(c) >= 0) { _pos++; yield return new Token(TokenType.Op, c.ToString()); }
            else throw new FormatException($"Unexpected character '{c}' at {_pos}");
        }
        yield return new Token(TokenType.End, "");
    }
}

class Parser
{
    private readonly List<Token> _t; private int _i;
    private readonly Dictionary<string, double> _vars;
    private static readonly Dictionary<string, Func<double, double>> Funcs = new()
    {
        ["sqrt"] = Math.Sqrt, ["abs"] = Math.Abs, ["sin"] = Math.Sin, ["cos"] = Math.Cos, ["ln"] = Math.Log,
        ["floor"] = Math.Floor,
    };
    public Parser(IEnumerable<Token> tokens, Dictionary<string, double> vars) { _t = new List<Token>(tokens); _vars = vars; }
    Token Peek => _t[_i];
    Token Next() => _t[_i++];
    public double ParseAll()
    {
        var v = Expr();
        if (Peek.Type != TokenType.End) throw new FormatException($"Unexpected token '{Peek.Text}'");
        return v;
    }
    double Expr()
    {
        double v = Term();
        while (Peek.Type == TokenType.Op && (Peek.Text == "+" || Peek.Text == "-"))
            v = Next().Text == "+" ? v + Term() : v - Term();
        return v;
    }
    double Term()
    {
        double v = Factor();
        while (Peek.Type == TokenType.Op && Peek.Text is "*" or "/" or "%")
        {
            var op = Next().Text;
            double r = Factor();
            v = op switch
            {
                "*" => v * r,
                "/" => r == 0 ? throw new DivideByZeroException() : v / r,
                _ => v % r,
            };
        }
        return v;
    }
    double Factor()
    {
        double b = Unary();
        if (Peek.Type == TokenType.Op && Peek.Text == "^") { Next(); return Math.Pow(b, Factor()); }
        return b;
    }
    double Unary()
    {
        if (Peek.Type == TokenType.Op && Peek.Text == "-") { Next(); return -Unary(); }
        return Primary();
    }
    double Primary()
    {
        var tok = Next();
        switch (tok.Type)
        {
            case TokenType.Number: return double.Parse(tok.Text, CultureInfo.InvariantCulture);
            case TokenType.Ident when Funcs.TryGetValue(tok.Text, out var f):
                Expect(TokenType.LParen); var arg = Expr(); Expect(TokenType.RParen); return f(arg);
            case TokenType.Ident:
                return _vars.TryGetValue(tok.Text, out var val) ? val : throw new KeyNotFoundException($"Unknown variable {tok.Text}");
            case TokenType.LParen:
                var inner = Expr(); Expect(TokenType.RParen); return inner;
            default: throw new FormatException($"Unexpected token '{tok.Text}'");
        }
    }
    void Expect(TokenType type) { if (Next().Type != type) throw new FormatException($"Expected {type}"); }
}

public static class ExprCalcProgram
{
    public static void Run()
    {
        var vars = new Dictionary<string, double> { ["pi"] = Math.PI, ["e"] = Math.E, ["x"] = 2.5 };
        string[] inputs =
        {
            "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x * 4", "sqrt(16) + abs(-3.5)", "10 / 4", "10 % 4",
            "pi * x ^ 2", "1 / 3", "sin(pi / 6)", "ln(e)", "floor(7.9) - 0.1", "1 / 0", "2 +", "y + 1", "3 $ 4",
            "0.1 + 0.2", "1e3", "100000000 * 100000000", "2 ^ 0.5",
        };
        foreach (var input in inputs)
        {
            try
            {
                double result = new Parser(new Lexer(input).Tokens(), vars).ParseAll();
                Console.WriteLine($"{input,-24} = {result}");
                vars["ans"] = result;
            }
            catch (Exception ex) when (ex is FormatException or KeyNotFoundException or DivideByZeroException)
            {
                Console.WriteLine($"{input,-24} ! {ex.GetType().Name}: {ex.Message}");
            }
        }
        Console.WriteLine($"ans = {vars["ans"]:F4}, round-trip {vars["ans"].ToString("R", CultureInfo.InvariantCulture)}");
    }
}

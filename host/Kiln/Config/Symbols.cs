namespace Kiln.Config;

/// <summary>
/// A dependency expression of a manifest: lib names, `plat:&lt;p&gt;`, `arch:&lt;a&gt;` and `lib.option` (a bool option),
/// combined with `!`, `&amp;&amp;`, `||` and parentheses, as in Kconfig's `depends on`.
/// </summary>
public abstract record DepExpr
{
    public abstract bool Evaluate(Func<string, bool> symbol);
    public abstract IEnumerable<string> Symbols();

    public sealed record Sym(string Name) : DepExpr
    {
        public override bool Evaluate(Func<string, bool> symbol) => symbol(Name);
        public override IEnumerable<string> Symbols() => [Name];
        public override string ToString() => Name;
    }

    public sealed record Not(DepExpr Inner) : DepExpr
    {
        public override bool Evaluate(Func<string, bool> symbol) => !Inner.Evaluate(symbol);
        public override IEnumerable<string> Symbols() => Inner.Symbols();
        public override string ToString() => Inner is Sym ? $"!{Inner}" : $"!({Inner})";
    }

    public sealed record And(DepExpr Left, DepExpr Right) : DepExpr
    {
        public override bool Evaluate(Func<string, bool> symbol) => Left.Evaluate(symbol) && Right.Evaluate(symbol);
        public override IEnumerable<string> Symbols() => Left.Symbols().Concat(Right.Symbols());
        public override string ToString() => $"{Wrap(Left)} && {Wrap(Right)}";
        private static string Wrap(DepExpr e) => e is Or ? $"({e})" : e.ToString()!;
    }

    public sealed record Or(DepExpr Left, DepExpr Right) : DepExpr
    {
        public override bool Evaluate(Func<string, bool> symbol) => Left.Evaluate(symbol) || Right.Evaluate(symbol);
        public override IEnumerable<string> Symbols() => Left.Symbols().Concat(Right.Symbols());
        public override string ToString() => $"{Left} || {Right}";
    }

    public static DepExpr Parse(string text)
    {
        var p = new Parser(text);
        DepExpr e = p.ParseOr();
        p.SkipSpace();
        if (!p.AtEnd) throw new FormatException($"unexpected '{text[p.Position..]}' in '{text}'");
        return e;
    }

    private sealed class Parser(string text)
    {
        public int Position;
        public bool AtEnd => Position >= text.Length;

        public void SkipSpace() { while (!AtEnd && char.IsWhiteSpace(text[Position])) Position++; }

        private bool Take(string token)
        {
            SkipSpace();
            if (string.CompareOrdinal(text, Position, token, 0, token.Length) != 0) return false;
            Position += token.Length;
            return true;
        }

        public DepExpr ParseOr()
        {
            DepExpr left = ParseAnd();
            while (Take("||")) left = new Or(left, ParseAnd());
            return left;
        }

        private DepExpr ParseAnd()
        {
            DepExpr left = ParseUnary();
            while (Take("&&")) left = new And(left, ParseUnary());
            return left;
        }

        private DepExpr ParseUnary()
        {
            if (Take("!")) return new Not(ParseUnary());
            if (Take("("))
            {
                DepExpr inner = ParseOr();
                if (!Take(")")) throw new FormatException($"missing ')' in '{text}'");
                return inner;
            }
            SkipSpace();
            int start = Position;
            while (!AtEnd && (char.IsAsciiLetterOrDigit(text[Position]) || text[Position] is '-' or '_' or ':' or '.')) Position++;
            if (start == Position) throw new FormatException($"expected a name at position {start} in '{text}'");
            return new Sym(text[start..Position]);
        }
    }
}

public static class Symbols
{
    public static bool IsName(string s) =>
        s.Length > 0 && char.IsAsciiLetterLower(s[0]) && s.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}

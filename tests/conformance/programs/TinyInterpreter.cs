using System;
using System.Collections.Generic;
using System.Linq;

namespace Programs.TinyInterpreter;

// A tiny line-oriented language: let, print, if/goto, while via labels.
public abstract class Stmt
{
    public int Line { get; init; }
    public abstract void Exec(Interp vm);
}

public sealed class Let : Stmt
{
    public required string Name { get; init; }
    public required string Expr { get; init; }
    public override void Exec(Interp vm) => vm.Vars[Name] = vm.Eval(Expr);
}

public sealed class Print : Stmt
{
    public required string[] Args { get; init; }
    public override void Exec(Interp vm) =>
        vm.Output.Add(string.Join(" ", Args.Select(a => a.StartsWith('"') ? a.Trim('"') : vm.Eval(a).ToString())));
}

public sealed class IfGoto : Stmt
{
    public required string Cond { get; init; }
    public required string Label { get; init; }
    public override void Exec(Interp vm) { if (vm.Eval(Cond) != 0) vm.Jump(Label); }
}

public sealed class Label : Stmt
{
    public required string Name { get; init; }
    public override void Exec(Interp vm) { }
}

public class RuntimeError : Exception { public RuntimeError(int line, string msg) : base($"[line {line}] {msg}") { } }

public sealed class Interp
{
    private readonly List<Stmt> _prog;
    private int _pc;
    public Dictionary<string, long> Vars { get; } = new();
    public List<string> Output { get; } = new();
    public int Steps { get; private set; }

    public Interp(IEnumerable<Stmt> prog) => _prog = prog.ToList();

    public void Jump(string label)
    {
        int idx = _prog.FindIndex(s => s is Label l && l.Name == label);
        if (idx < 0) throw new RuntimeError(_prog[_pc].Line, $"no label {label}");
        _pc = idx;
    }

    // expression: operand (op operand)*, evaluated left to right
    public long Eval(string expr)
    {
        var parts = expr.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        long acc = Operand(parts[0]);
        for (int i = 1; i + 1 < parts.Length; i += 2)
        {
            long rhs = Operand(parts[i + 1]);
            acc = parts[i] switch
            {
                "+" => acc + rhs, "-" => acc - rhs, "*" => acc * rhs,
                "/" => rhs == 0 ? throw new RuntimeError(_prog[_pc].Line, "division by zero") : acc / rhs,
                "%" => acc % rhs, "<" => acc < rhs ? 1 : 0, ">" => acc > rhs ? 1 : 0, "==" => acc == rhs ? 1 : 0,
                var op => throw new RuntimeError(_prog[_pc].Line, $"bad operator {op}"),
            };
        }
        return acc;
    }

    private long Operand(string tok) =>
        long.TryParse(tok, out var n) ? n
        : Vars.TryGetValue(tok, out var v) ? v
        : throw new RuntimeError(_prog[_pc].Line, $"undefined variable '{tok}'");

    public void Run(int maxSteps = 10_000)
    {
        for (_pc = 0; _pc < _prog.Count; _pc++)
        {
            if (++Steps > maxSteps) throw new RuntimeError(_prog[_pc].Line, "step limit exceeded");
            _prog[_pc].Exec(this);
        }
    }

    public static IEnumerable<Stmt> Compile(string source)
    {
        int n = 0;
        foreach (var raw in source.Split('\n'))
        {
            n++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("//")) continue;
            var (head, rest) = line.IndexOf(' ') is var sp and > 0 ? (line[..sp], line[(sp + 1)..]) : (line, "");
            yield return head switch
            {
                "let" => new Let { Line = n, Name = rest.Split('=')[0].Trim(), Expr = rest.Split('=', 2)[1].Trim() },
                "print" => new Print { Line = n, Args = rest.Split(',').Select(a => a.Trim()).ToArray() },
                "if" => new IfGoto { Line = n, Cond = rest[..rest.IndexOf(" goto ")], Label = rest[(rest.IndexOf(" goto ") + 6)..] },
                _ when head.EndsWith(':') => new Label { Line = n, Name = head.TrimEnd(':') },
                _ => throw new RuntimeError(n, $"unknown statement '{head}'"),
            };
        }
    }
}

public static class TinyInterpreterProgram
{
    static void RunSource(string title, string src)
    {
        Console.WriteLine($"-- {title}");
        var vm = new Interp(Array.Empty<Stmt>());
        try
        {
            vm = new Interp(Interp.Compile(src));
            vm.Run();
        }
        catch (RuntimeError e) { vm.Output.Add("error: " + e.Message); }
        finally
        {
            foreach (var o in vm.Output) Console.WriteLine("   " + o);
            Console.WriteLine($"   ({vm.Steps} steps, vars: {string.Join(", ", vm.Vars.OrderBy(kv => kv.Key).Select(kv => kv.Key + "=" + kv.Value))})");
        }
    }

    public static void Run()
    {
        RunSource("factorial", "let n = 10\nlet f = 1\nloop:\nlet f = f * n\nlet n = n - 1\nif n > 0 goto loop\nprint \"10! =\", f");
        RunSource("fizz", "let i = 0\ntop:\nlet i = i + 1\nlet m = i % 3\nif m == 0 goto fz\nprint i\nif i < 7 goto top\nif 1 goto end\nfz:\nprint \"fizz\", i\nif i < 7 goto top\nend:");
        RunSource("collatz 27", "let x = 27\nlet s = 0\nc:\nlet r = x % 2\nif r == 0 goto even\nlet x = x * 3 + 1\nif 1 goto next\neven:\nlet x = x / 2\nnext:\nlet s = s + 1\nif x > 1 goto c\nprint \"steps\", s");
        RunSource("div zero", "let a = 5\nlet b = a - 5\nprint a / b");
        RunSource("undefined", "print 1, zz + 1");
        RunSource("bad stmt", "let a = 1\njump a");
        RunSource("forever", "l:\nif 1 goto l");
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace Shapes
{
    public abstract class Shape
    {
        public abstract double Area { get; }
        public override string ToString() => $"{GetType().Name}({Area:F2})";
    }
    public sealed class Circle(double r) : Shape { public override double Area => Math.PI * r * r; }
    public class Rect(double w, double h) : Shape { public override double Area => w * h; }
    public sealed class Square(double s) : Rect(s, s) { }
    public static class Registry
    {
        public sealed class Entry { }
    }
    public struct Point { public int X, Y; }
}

enum Light { Red, Yellow, Green }

[Flags]
enum Permission { None = 0, Read = 1, Write = 2, Execute = 4, ReadWrite = Read | Write, All = Read | Write | Execute }

enum Level : byte { Trace = 1, Debug, Info, Warning = 10, Error, Fatal = 255 }

enum Delta : short { Down = -1, Same = 0, Up = 1 }

[Flags]
enum Style : long { Plain = 0, Bold = 1L << 40, Italic = 1L << 41 }

class Box<T>
{
    public string Describe() => $"Box of {typeof(T).Name}";
}

static class Program
{
    static void Shapes()
    {
        Console.WriteLine("== shapes");
        var shapes = new List<Shapes.Shape> { new Shapes.Circle(1), new Shapes.Rect(2, 3), new Shapes.Square(2), new Shapes.Circle(0.5) };
        foreach (var s in shapes) Console.WriteLine($"{s} {s.GetType().FullName} ns={s.GetType().Namespace}");
        foreach (var g in shapes.GroupBy(s => s.GetType().Name)) Console.WriteLine($"{g.Key}: {g.Count()}");
        Console.WriteLine(shapes.Count(s => s.GetType() == typeof(Shapes.Circle)));
        Console.WriteLine(shapes.Count(s => s is Shapes.Rect));
        Console.WriteLine(shapes[2].GetType() == typeof(Shapes.Rect));
        Console.WriteLine(shapes[0].GetType() == shapes[3].GetType());
        Console.WriteLine(typeof(Shapes.Registry.Entry).FullName + " " + typeof(Shapes.Registry.Entry).Name);
        Console.WriteLine(typeof(int).FullName + " " + typeof(string).Name + " " + typeof(Shapes.Point).Name + " " + typeof(Light).FullName);
        Console.WriteLine(typeof(int[]).Name + " " + typeof(int[]).FullName);
        Console.WriteLine(new Box<int>().Describe() + ", " + new Box<Shapes.Circle>().Describe());
        Console.WriteLine(typeof(List<int>).Name + " " + typeof(Dictionary<string, int>).Name + " " + typeof(List<int>).Namespace);
        Console.WriteLine(typeof(List<int>).ToString());
        Console.WriteLine(typeof(Dictionary<string, Shapes.Circle>).ToString());
        Console.WriteLine(new Box<string>().GetType().ToString());
        Console.WriteLine(new List<int[]>().GetType() + " " + new Dictionary<int, List<string>>().GetType().Name);
        Console.WriteLine(typeof(Light).IsEnum + " " + typeof(Shapes.Point).IsValueType + " " + typeof(string).IsValueType);
        object o = 42;
        Console.WriteLine(o.GetType().Name + " " + (o.GetType() == typeof(int)));
    }

    static Light Next(Light l) => l switch { Light.Red => Light.Green, Light.Green => Light.Yellow, _ => Light.Red };

    static void StateMachine()
    {
        Console.WriteLine("== state machine");
        var l = Light.Red;
        for (int i = 0; i < 5; i++) { Console.Write(l + " -> "); l = Next(l); }
        Console.WriteLine(l);
        Console.WriteLine(string.Join(",", Enum.GetNames<Light>()));
        foreach (Light v in Enum.GetValues<Light>()) Console.WriteLine($"{v} = {(int)v} {v:D} {v:X} {v:G}");
        Console.WriteLine((Light)7);
        Console.WriteLine(Enum.IsDefined(Light.Green) + " " + Enum.IsDefined((Light)3));
        Console.WriteLine(Enum.GetName(Light.Yellow) + " " + (Enum.GetName((Light)9) ?? "null"));
        Console.WriteLine(Enum.Parse<Light>("Green") + " " + Enum.Parse<Light>("yellow", ignoreCase: true) + " " + Enum.Parse<Light>("2"));
        Console.WriteLine(Enum.TryParse<Light>("Blue", out var b) + " " + b + " " + Enum.TryParse("  Red ", out Light r) + " " + r);
        var parsed = (Light)Enum.Parse(typeof(Light), "Yellow");
        Console.WriteLine(parsed + " " + Enum.Parse(typeof(Permission), "Write, Read") + " " + string.Join("|", Enum.GetNames(typeof(Level))));
        Console.WriteLine(Enum.TryParse(typeof(Light), "green", true, out object g) + " " + g + " " + Enum.GetName(typeof(Light), Light.Green));
        Console.WriteLine(Enum.IsDefined(typeof(Light), "Red") + " " + Enum.IsDefined(typeof(Light), "red") + " " + Enum.IsDefined(typeof(Light), (Light)5));
        Console.WriteLine(Light.Red.CompareTo(Light.Green) + " " + Light.Green.CompareTo(Light.Red) + " " + Light.Red.Equals(Light.Red));
    }

    static void Permissions()
    {
        Console.WriteLine("== permissions");
        var p = Permission.Read | Permission.Write;
        Console.WriteLine(p);
        Console.WriteLine(Permission.Read | Permission.Execute);
        Console.WriteLine(Permission.All);
        Console.WriteLine(Permission.None);
        Console.WriteLine((Permission)8);
        Console.WriteLine((Permission)9);
        Console.WriteLine(p.HasFlag(Permission.Write) + " " + p.HasFlag(Permission.Execute) + " " + p.HasFlag(Permission.None));
        Console.WriteLine(Enum.Parse<Permission>("Read, Execute"));
        Console.WriteLine((int)Enum.Parse<Permission>("write,read"  , true));
        Console.WriteLine(Enum.TryParse<Permission>("Read, Fly", out var bad) + " " + bad);
        Console.WriteLine($"{p:F} {p:D} {p:X} {Permission.Execute,-10}|{Permission.Write,8}|");
        Console.WriteLine((Light.Red | Light.Yellow | Light.Green).ToString("F"));
        Console.WriteLine(Style.Bold | Style.Italic);
        Console.WriteLine($"{Style.Italic:X} {Style.Italic:D}");
        Console.WriteLine(string.Join(" ", Enum.GetValues<Permission>()));
    }

    static void Logging()
    {
        Console.WriteLine("== log");
        var lines = new (Level Level, string Text)[]
        {
            (Level.Info, "started"), (Level.Warning, "disk at 91%"), (Level.Debug, "cache miss"), (Level.Fatal, "out of memory"),
            (Level.Error, "write failed"), (Level.Trace, "tick"), (Level.Info, "listening"),
        };
        foreach (var (level, text) in lines) Console.WriteLine($"[{level,-7}] {level:D} {level:X} {text}");
        foreach (var g in lines.OrderBy(l => l.Level).GroupBy(l => l.Level)) Console.WriteLine($"{g.Key}: {g.Count()}");
        Console.WriteLine(string.Join(",", lines.Where(l => l.Level >= Level.Warning).Select(l => l.Level.ToString())));
        var counts = new Dictionary<Level, int>();
        foreach (var (level, _) in lines) counts[level] = counts.GetValueOrDefault(level) + 1;
        foreach (var kv in counts.OrderByDescending(kv => kv.Key)) Console.WriteLine($"{kv.Key}={kv.Value}");
        Console.WriteLine((Level)0 + " " + (Level)200 + " " + Enum.Parse<Level>("255"));
        Console.WriteLine(Delta.Down + " " + (Delta)(-5) + " " + $"{Delta.Down:D} {Delta.Down:X}" + " " + Enum.Parse<Delta>("-1"));
        Console.WriteLine(string.Join(" ", Enum.GetValues<Delta>()) + " " + Delta.Down.CompareTo(Delta.Up));
        var sorted = new List<Delta> { Delta.Up, Delta.Down, Delta.Same };
        sorted.Sort();
        Console.WriteLine(string.Join(" ", sorted));
    }

    static void Main()
    {
        Shapes();
        StateMachine();
        Permissions();
        Logging();
    }
}

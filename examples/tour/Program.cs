using System;
using System.Collections.Generic;
using System.Text;

// A tour of the C# the Kiln runtime supports. Every line it prints is checked by the tests against what
// the same program prints on the regular .NET runtime.

interface IShape
{
    string Name { get; }
    int Area();
}

abstract class Shape : IShape
{
    public abstract string Name { get; }
    public abstract int Area();
    public virtual string Describe() => $"{Name} with area {Area()}";
}

sealed class Square(int side) : Shape
{
    public override string Name => "square";
    public override int Area() => side * side;
}

sealed class Rect(int w, int h) : Shape
{
    public override string Name => "rect";
    public override int Area() => w * h;
    public override string Describe() => $"{w}x{h} " + base.Describe();
}

sealed class Triangle(int b, int h) : Shape
{
    public override string Name => "triangle";
    public override int Area() => b * h / 2;
}

struct Circle : IShape
{
    public int Radius;
    public string Name => "circle";
    public int Area() => 3 * Radius * Radius;
}

static class Registry
{
    public static readonly List<string> Log = new();
    public static int Counter;

    static Registry()
    {
        Counter = 40;
        Log.Add("static constructor ran");
    }

    public static int Next() => ++Counter;

    // One copy per thread; this image has only the main thread.
    [ThreadStatic] public static string LastCaller;
}

class Box<T>
{
    private readonly T _value;
    public Box(T value) { _value = value; }
    public T Value => _value;
    public Box<TOut> Map<TOut>(Func<T, TOut> f) => new Box<TOut>(f(_value));
    public override string ToString() => $"Box({_value})";
}

record struct Point(int X, int Y);

static class Program
{
    static int Main(string[] args)
    {
        Console.WriteLine("== strings");
        string s = "Hello, Kiln";
        Console.WriteLine(s.Length);
        Console.WriteLine(s.Substring(7));
        Console.WriteLine(s.IndexOf("Kiln"));
        Console.WriteLine(s.IndexOf('z'));
        Console.WriteLine(s.Contains("lo, "));
        Console.WriteLine(s.StartsWith("Hell") + " " + s.EndsWith("kiln"));
        Console.WriteLine(s.ToUpperInvariant() + "|" + s.ToLowerInvariant());
        Console.WriteLine("[" + "7".PadLeft(3) + "][" + "7".PadRight(3, '.') + "]");
        string[] parts = "a,b,,c".Split(',');
        Console.WriteLine(parts.Length + ": " + string.Join("|", parts));
        Console.WriteLine(string.CompareOrdinal("apple", "banana") < 0);
        Console.WriteLine("  trim me ".Trim() + "!");
        Console.WriteLine("a-b-c".Replace("-", "+"));
        ReadOnlySpan<char> span = s.AsSpan(0, 5);
        Console.WriteLine(span.Length + " " + span[1] + " " + span.ToString());
        Console.WriteLine(string.IsNullOrEmpty("") + " " + string.IsNullOrEmpty(null) + " " + string.IsNullOrEmpty("x"));

        Console.WriteLine("== interpolation");
        int n = 42;
        bool flag = true;
        char c = 'K';
        long big = -9000000000L;
        Console.WriteLine($"n={n} flag={flag} c={c} s={s} big={big} neg={-n}");
        Console.WriteLine($"hex={255:X} pad=[{n,5}] left=[{n,-5}] d={7:D3}");
        Console.WriteLine(n.ToString() + true + 'z' + 3u + 2L);

        Console.WriteLine("== StringBuilder");
        var sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.Append(i).Append(i < 4 ? "," : "");
        sb.Insert(0, "[").Append(']');
        Console.WriteLine(sb.ToString() + " len=" + sb.Length);

        Console.WriteLine("== classes, virtual and interface calls");
        var shapes = new List<IShape> { new Square(3), new Rect(2, 5), new Triangle(4, 3), new Circle { Radius = 2 } };
        int total = 0;
        foreach (IShape shape in shapes)
        {
            total += shape.Area();
            string kind = shape switch
            {
                Square => "a square",
                Rect r when r.Area() > 5 => "a big rect",
                Shape other => "some shape: " + other.Name,
                _ => "not a class",
            };
            Console.WriteLine($"{shape.Name}: {shape.Area()} ({kind})");
            if (shape is Shape sh) Console.WriteLine("  " + sh.Describe());
            Shape asShape = shape as Shape;
            Console.WriteLine("  as Shape: " + (asShape != null));
        }
        Console.WriteLine("total area " + total);
        IShape picked = PickShape(args.Length);
        Console.WriteLine("picked at run time: " + picked.Name);

        Console.WriteLine("== generics");
        var box = new Box<int>(21);
        Box<string> mapped = box.Map(v => "v" + (v * 2));
        Console.WriteLine(box + " -> " + mapped + " " + mapped.Value.Length);
        Console.WriteLine(Max(3, 9) + " " + Max("pear", "apple"));
        var p = new Point(1, 2);
        Console.WriteLine(p.X + p.Y);

        Console.WriteLine("== delegates and lambdas");
        int captured = 10;
        Func<int, int> addCaptured = x => x + captured;
        captured = 20;
        Console.WriteLine(addCaptured(1));
        Func<int, int, int> mul = Multiply;
        Console.WriteLine(mul(6, 7));
        Action<string> print = Console.WriteLine;
        print("printed through an Action");
        Predicate<int> isEven = x => x % 2 == 0;
        Console.WriteLine(isEven(4) + " " + isEven(7));
        var counters = new List<Func<int>>();
        for (int i = 0; i < 3; i++)
        {
            int copy = i;
            counters.Add(() => copy * 100);
        }
        foreach (var f in counters) Console.Write(f() + " ");
        Console.WriteLine();

        Console.WriteLine("== static constructors");
        Console.WriteLine(Registry.Next() + " " + Registry.Next());
        Console.WriteLine(Registry.Log[0]);
        Console.WriteLine("thread static: " + (Registry.LastCaller ?? "null") + " -> " + (Registry.LastCaller = "Main"));

        Console.WriteLine("== arrays and spans");
        int[] numbers = { 5, 3, 9, 1, 7 };
        Span<int> middle = numbers.AsSpan(1, 3);
        middle[0] = 30;
        int sum = 0;
        foreach (int v in middle) sum += v;
        Console.WriteLine(numbers[1] + " " + sum + " " + middle.Length);
        Span<int> stack = stackalloc int[4];
        for (int i = 0; i < stack.Length; i++) stack[i] = i * i;
        Console.WriteLine(stack[3]);
        char[] letters = "kiln".ToCharArray();
        Array.Reverse(letters);
        Console.WriteLine(new string(letters));
        int[][] jagged = { new[] { 1 }, new[] { 2, 3 } };
        Console.WriteLine(jagged[1][1] + jagged.Length);

        Console.WriteLine("== List<T>");
        var list = new List<int> { 5, 2, 8, 1, 9, 3 };
        list.Sort((a, b) => b.CompareTo(a));
        Console.WriteLine(string.Join(",", list));
        list.Sort();
        Console.WriteLine(string.Join(",", list));
        list.Remove(8);
        list.Insert(0, 100);
        list.RemoveAt(list.Count - 1);
        Console.WriteLine($"count={list.Count} first={list[0]} contains3={list.Contains(3)} index5={list.IndexOf(5)}");
        int[] arr = list.ToArray();
        Console.WriteLine(arr.Length + " " + arr[arr.Length - 1]);
        List<string> words = new List<string> { "pear", "fig", "apple", "kiwi" };
        words.Sort((a, b) => a.Length != b.Length ? a.Length - b.Length : string.CompareOrdinal(a, b));
        Console.WriteLine(string.Join(" ", words));
        Console.WriteLine(words.Find(w => w.StartsWith("a")) + " " + words.FindAll(w => w.Length == 4).Count + " " + words.Exists(w => w == "fig"));
        Console.WriteLine("capacity " + new List<int> { 1, 2, 3, 4, 5 }.Capacity);

        Console.WriteLine("== Dictionary<TKey,TValue>");
        var ages = new Dictionary<string, int>();
        ages["ada"] = 36;
        ages["linus"] = 54;
        ages.Add("grace", 85);
        ages["ada"] = 37;
        Console.WriteLine(ages.Count + " " + ages["ada"] + " " + ages.ContainsKey("linus") + " " + ages.ContainsKey("bob"));
        Console.WriteLine(ages.TryGetValue("grace", out int g) + " " + g);
        ages.Remove("linus");
        ages["ken"] = 81;
        foreach (var kv in ages) Console.WriteLine($"  {kv.Key} = {kv.Value}");
        var squares = new Dictionary<int, int>();
        for (int i = 0; i < 1000; i++) squares[i] = i * i;
        long check = 0;
        foreach (int key in squares.Keys) check += squares[key];
        Console.WriteLine(squares.Count + " " + check);

        Console.WriteLine("== command line");
        Console.WriteLine("args: " + args.Length);
        foreach (string a in args) Console.WriteLine("  arg " + a);
        Console.WriteLine(Environment.GetCommandLineArgs().Length == args.Length + 1);

        Console.WriteLine("== misc");
        object boxed = 12;
        if (boxed is int unboxed) Console.WriteLine(unboxed + 1);
        object text = "str";
        Console.WriteLine((text as string)?.Length ?? -1);
        Console.WriteLine((boxed as string) == null);
        Console.WriteLine(Math.Max(3, 4) + Math.Abs(-5));
        Console.WriteLine(int.Parse("-123") + 1);
        Console.WriteLine(char.IsDigit('7') + " " + char.ToUpperInvariant('q'));
        Console.WriteLine(Classify(0) + " " + Classify(5) + " " + Classify(-3));
        Console.WriteLine(3.5);
        Console.WriteLine(0.25 + 1);
        Console.Write("done");
        Console.WriteLine();
        return 0;
    }

    static IShape PickShape(int n) => n switch
    {
        0 => new Triangle(2, 2),
        1 => new Square(1),
        2 => new Circle { Radius = 1 },
        _ => new Rect(1, 1),
    };

    static int Multiply(int a, int b) => a * b;

    static T Max<T>(T a, T b) where T : IComparable<T> => a.CompareTo(b) >= 0 ? a : b;

    static string Classify(int v) => v switch
    {
        0 => "zero",
        > 0 => "positive",
        _ => "negative",
    };
}

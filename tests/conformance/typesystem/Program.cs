using System;
using System.Collections.Generic;
using System.Linq;

// Small programs written the way people write everyday C#, run one after another.
public static class Program
{
    public static void Main()
    {
        Matrices.Run();
        LifeGrid.Run();
        Seating.Run();
        VoxelCube.Run();
        Survey.Run();
        Covariance.Run();
        StructKeys.Run();
        Factories.Run();
    }
}

static class Matrices
{
    static int[,] Multiply(int[,] a, int[,] b)
    {
        int n = a.GetLength(0), m = a.GetLength(1), p = b.GetLength(1);
        var r = new int[n, p];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < p; j++)
            {
                int s = 0;
                for (int k = 0; k < m; k++) s += a[i, k] * b[k, j];
                r[i, j] = s;
            }
        return r;
    }

    static void Print(string name, int[,] m)
    {
        Console.WriteLine($"{name}: rank={m.Rank} length={m.Length} {m.GetLength(0)}x{m.GetLength(1)}");
        for (int i = 0; i < m.GetLength(0); i++)
        {
            var row = new List<string>();
            for (int j = 0; j < m.GetLength(1); j++) row.Add(m[i, j].ToString().PadLeft(4));
            Console.WriteLine(string.Concat(row));
        }
    }

    public static void Run()
    {
        Console.WriteLine("== matrices");
        var a = new int[3, 4];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) a[i, j] = i * 4 + j;
        Print("a", a);
        int[,] b = { { 1, 0 }, { 0, 1 }, { 2, 2 }, { -1, 3 } };
        Print("b", b);
        Print("a*b", Multiply(a, b));
        int sum = 0, count = 0;
        for (int i = a.GetLowerBound(0); i <= a.GetUpperBound(0); i++) for (int j = a.GetLowerBound(1); j <= a.GetUpperBound(1); j++) { sum += a[i, j]; count++; }
        Console.WriteLine($"bounds loop: count={count} sum={sum}");
        a[1, 2] += 100;
        a[2, 3]++;
        Console.WriteLine($"a[1,2]={a[1, 2]} a[2,3]={a[2, 3]} upper={a.GetUpperBound(0)},{a.GetUpperBound(1)} lower={a.GetLowerBound(1)}");
        try { a[3, 0] = 1; } catch (IndexOutOfRangeException e) { Console.WriteLine("out of range: " + e.Message); }
        try { Console.WriteLine(a[0, -1]); } catch (IndexOutOfRangeException) { Console.WriteLine("negative index rejected"); }
        double[,] identity = new double[3, 3];
        for (int i = 0; i < 3; i++) identity[i, i] = 1.5;
        Console.WriteLine("identity: " + string.Join(" ", Flatten(identity)));
        long[,] big = new long[2, 2] { { long.MaxValue, 1 }, { 2, long.MinValue } };
        Console.WriteLine($"big: {big[0, 0]} {big[1, 1]}");
        Array.Clear(a);
        Console.WriteLine($"cleared: {a[1, 2]} {a[2, 3]} length={a.Length}");
        int[,] src = { { 1, 2, 3 }, { 4, 5, 6 } };
        int[,] dst = new int[2, 3];
        Array.Copy(src, dst, 4);
        Console.WriteLine("copied: " + string.Join(",", Flatten(dst)));
        int[][] jagged = { new[] { 1 }, new[] { 2, 3 }, new[] { 4, 5, 6 } };
        Console.WriteLine($"jagged: rows={jagged.Length} rank={jagged.Rank} last={jagged[2].Length} sum={jagged.Sum(r => r.Sum())}");
        int[,] empty = new int[0, 5];
        Console.WriteLine($"empty: length={empty.Length} cols={empty.GetLength(1)}");
        object boxed = a;
        Console.WriteLine($"is int[,]: {boxed is int[,]} is int[]: {boxed is int[]} is Array: {boxed is Array}");
        Array arr = src;
        Console.WriteLine($"as Array: rank={arr.Rank} length={arr.Length} dim1={arr.GetLength(1)}");
    }

    static IEnumerable<T> Flatten<T>(T[,] m)
    {
        for (int i = 0; i < m.GetLength(0); i++)
            for (int j = 0; j < m.GetLength(1); j++)
                yield return m[i, j];
    }
}

static class LifeGrid
{
    public static void Run()
    {
        Console.WriteLine("== life");
        bool[,] grid = new bool[6, 6];
        grid[1, 2] = grid[2, 3] = grid[3, 1] = grid[3, 2] = grid[3, 3] = true;
        for (int gen = 0; gen < 4; gen++)
        {
            Console.WriteLine($"gen {gen}: alive={Alive(grid)}");
            Show(grid);
            grid = Step(grid);
        }
    }

    static int Alive(bool[,] g) { int n = 0; for (int r = 0; r < g.GetLength(0); r++) for (int c = 0; c < g.GetLength(1); c++) if (g[r, c]) n++; return n; }

    static void Show(bool[,] g)
    {
        for (int r = 0; r < g.GetLength(0); r++)
        {
            var line = new char[g.GetLength(1)];
            for (int c = 0; c < line.Length; c++) line[c] = g[r, c] ? '#' : '.';
            Console.WriteLine(new string(line));
        }
    }

    static bool[,] Step(bool[,] g)
    {
        int rows = g.GetLength(0), cols = g.GetLength(1);
        var next = new bool[rows, cols];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
            {
                int n = 0;
                for (int dr = -1; dr <= 1; dr++)
                    for (int dc = -1; dc <= 1; dc++)
                    {
                        if (dr == 0 && dc == 0) continue;
                        int rr = (r + dr + rows) % rows, cc = (c + dc + cols) % cols;
                        if (g[rr, cc]) n++;
                    }
                next[r, c] = g[r, c] ? n == 2 || n == 3 : n == 3;
            }
        return next;
    }
}

static class Seating
{
    public static void Run()
    {
        Console.WriteLine("== seating");
        string[,] seats = new string[3, 4];
        seats[0, 0] = "Ann"; seats[0, 3] = "Bob"; seats[2, 1] = "Cy";
        string[,] names = { { "r0c0", "r0c1" }, { "r1c0", null } };
        for (int r = 0; r < seats.GetLength(0); r++)
        {
            var row = new List<string>();
            for (int c = 0; c < seats.GetLength(1); c++) row.Add(seats[r, c] ?? "-");
            Console.WriteLine($"row {r}: {string.Join(" ", row)}");
        }
        int taken = 0;
        for (int r = 0; r < seats.GetLength(0); r++) for (int c = 0; c < seats.GetLength(1); c++) if (seats[r, c] != null) taken++;
        Console.WriteLine($"taken {taken} of {seats.Length}");
        Console.WriteLine($"names: {names[0, 1]} {names[1, 0]} {names[1, 1] == null}");
        ref string slot = ref seats[1, 1];
        slot = "Dee";
        Console.WriteLine($"by ref: {seats[1, 1]}");
        object[,] mixed = new object[2, 2];
        mixed[0, 0] = 42; mixed[0, 1] = "text"; mixed[1, 0] = 2.5; mixed[1, 1] = null;
        for (int r = 0; r < 2; r++) for (int c = 0; c < 2; c++) Console.Write((mixed[r, c] ?? "null") + ";");
        Console.WriteLine();
        object[,] cov = new string[1, 2];
        cov[0, 0] = "fine";
        try { cov[0, 1] = 7; } catch (ArrayTypeMismatchException) { Console.WriteLine("2D covariant store rejected"); }
        Console.WriteLine($"cov: {cov[0, 0]} {cov[0, 1] ?? "null"}");
        string[,] copy = (string[,])seats.Clone();
        seats[0, 0] = "Zed";
        Console.WriteLine($"clone kept {copy[0, 0]}, original now {seats[0, 0]}, clone rank {copy.Rank}");
        Array.Clear(seats);
        Console.WriteLine($"after clear: {seats[0, 3] ?? "null"} {copy[0, 3]}");
    }
}

struct Voxel
{
    public byte Material;
    public float Density;
    public string Tag;
    public override string ToString() => $"{Material}/{Density}/{Tag ?? "-"}";
}

static class VoxelCube
{
    public static void Run()
    {
        Console.WriteLine("== voxels");
        var cube = new Voxel[2, 3, 4];
        Console.WriteLine($"rank={cube.Rank} length={cube.Length} dims={cube.GetLength(0)}x{cube.GetLength(1)}x{cube.GetLength(2)}");
        for (int x = 0; x < 2; x++)
            for (int y = 0; y < 3; y++)
                for (int z = 0; z < 4; z++)
                    cube[x, y, z] = new Voxel { Material = (byte)(x + y + z), Density = x * 0.5f + z, Tag = (x + y + z) % 3 == 0 ? $"t{x}{y}{z}" : null };
        cube[1, 2, 3].Density = 99.5f;
        cube[0, 1, 2].Tag = "edited";
        Console.WriteLine($"{cube[0, 0, 0]} {cube[1, 2, 3]} {cube[0, 1, 2]}");
        float total = 0; int tagged = 0;
        for (int x = 0; x < cube.GetLength(0); x++) for (int y = 0; y < cube.GetLength(1); y++) for (int z = 0; z < cube.GetLength(2); z++) { var v = cube[x, y, z]; total += v.Density; if (v.Tag != null) tagged++; }
        Console.WriteLine($"total density={total} tagged={tagged}");
        int[,,] counts = new int[2, 2, 2] { { { 1, 2 }, { 3, 4 } }, { { 5, 6 }, { 7, 8 } } };
        Console.WriteLine($"counts[1,0,1]={counts[1, 0, 1]} sum={Sum(counts)}");
        string[,,] words = new string[2, 1, 2];
        words[1, 0, 1] = "deep";
        Console.WriteLine($"words: {words[1, 0, 1]} {words[0, 0, 0] ?? "null"} len={words.Length}");
        (int, string)[,] pairs = new (int, string)[2, 2];
        pairs[1, 1] = (7, "seven");
        Console.WriteLine($"pairs: {pairs[1, 1]} {pairs[0, 0]}");
    }

    static int Sum(int[,,] a) { int s = 0; for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) for (int k = 0; k < 2; k++) s += a[i, j, k]; return s; }
}

static class Survey
{
    struct Reading { public int Sensor; public double? Value; }

    public static void Run()
    {
        Console.WriteLine("== survey");
        int? none = null, five = 5;
        object boxedNone = none, boxedFive = five;
        Console.WriteLine($"boxed null is null: {boxedNone == null}, boxed 5 is int: {boxedFive is int}, is int?: {boxedFive is int?}");
        Console.WriteLine($"unboxed: {(int?)boxedFive} {((int?)boxedNone).HasValue} {(int)boxedFive}");
        object plain = 12;
        int? fromPlain = (int?)plain;
        Console.WriteLine($"from plain box: {fromPlain} {fromPlain.HasValue}");
        Console.WriteLine($"ToString: '{none}' '{five}' '{none.ToString()}' hash: {none.GetHashCode()} {five.GetHashCode()}");
        Console.WriteLine($"Equals: {five.Equals(5)} {none.Equals(null)} {five.Equals(none)} {five == 5} {none == null}");
        Console.WriteLine($"object.Equals: {Equals(boxedFive, 5)} {boxedFive.Equals(five)} {boxedFive.GetHashCode()}");
        Console.WriteLine($"??: {none ?? -1} {five ?? -1} {(none ?? five) * 2}");
        if (boxedFive is int n) Console.WriteLine($"pattern: {n + 1}");
        if (boxedNone is int) Console.WriteLine("wrong"); else Console.WriteLine("boxed null does not match int");
        try { int bad = (int)boxedNone; Console.WriteLine(bad); }
        catch (NullReferenceException) { Console.WriteLine("unboxing null to int: NullReferenceException"); }
        try { long? wrong = (long?)boxedFive; Console.WriteLine(wrong); }
        catch (InvalidCastException) { Console.WriteLine("unboxing int to long?: InvalidCastException"); }

        var readings = new List<int?> { 3, null, 7, null, 1 };
        Console.WriteLine($"readings: [{string.Join(", ", readings)}] count={readings.Count(r => r.HasValue)} sum={Total(readings)} first={readings.FirstOrDefault(r => r > 5)}");
        Console.WriteLine($"contains null: {readings.Contains(null)} index of 7: {readings.IndexOf(7)}");
        var objects = new List<object> { none, five, (double?)2.5, (bool?)null, (char?)'x' };
        Console.WriteLine("objects: " + string.Join(",", objects.Select(o => o == null ? "null" : o.GetType().Name + ":" + o)));
        var byKey = new Dictionary<int?, string> { [1] = "one", [2] = "two" };
        Console.WriteLine($"dict: {byKey[1]} {byKey.ContainsKey(3)}");
        Reading[] rs = { new() { Sensor = 1, Value = 20.5 }, new() { Sensor = 2 }, new() { Sensor = 3, Value = -4 } };
        foreach (var r in rs) Console.WriteLine($"sensor {r.Sensor}: {(r.Value.HasValue ? r.Value.Value.ToString("F1") : "no data")} {r.Value?.ToString() ?? "?"}");
        double? avg = rs.Where(r => r.Value != null).Average(r => r.Value.Value);
        Console.WriteLine($"average: {avg}");
        DayOfWeekish? day = DayOfWeekish.Tue;
        object boxedDay = day;
        Console.WriteLine($"enum nullable: {boxedDay} {boxedDay is DayOfWeekish} {(DayOfWeekish?)boxedDay}");
        Point? pt = new Point(1, 2);
        object boxedPt = pt;
        Console.WriteLine($"struct nullable: {boxedPt} {((Point?)boxedPt).Value.X} {boxedPt is Point}");
        IEquatable<int> eq = five;
        IFormattable fmt = five;
        Console.WriteLine($"as interface: {eq.Equals(5)} {fmt.ToString("D3", null)} {eq is int}");
        Console.WriteLine($"generic: {Describe<int?>(null)} {Describe<int?>(9)} {Describe(3L)}");
    }

    enum DayOfWeekish { Mon, Tue, Wed }
    record struct Point(int X, int Y);

    static int Total(List<int?> xs) { int t = 0; foreach (int? x in xs) t += x ?? 0; return t; }

    static string Describe<T>(T value) => value == null ? "null" : $"{value}({value.GetType().Name})";
}

static class Covariance
{
    struct Cell { public int Row, Col; public override string ToString() => $"({Row},{Col})"; }

    public static void Run()
    {
        Console.WriteLine("== covariance");
        object[] objs = new string[3];
        objs[0] = "a";
        objs[1] = null;
        try { objs[2] = 1; } catch (ArrayTypeMismatchException e) { Console.WriteLine("ArrayTypeMismatchException: " + e.Message); }
        Console.WriteLine($"objs: {objs[0]} {objs[1] ?? "null"} {objs[2] ?? "null"} {objs is string[]}");
        string[] names = { "delta", "alpha", "charlie" };
        IEnumerable<object> asObjects = names;
        Console.WriteLine("as IEnumerable<object>: " + string.Join(",", asObjects));
        Console.WriteLine($"is IEnumerable<object>: {(object)names is IEnumerable<object>} is IList<object>: {(object)names is IList<object>} is IReadOnlyList<object>: {(object)names is IReadOnlyList<object>}");
        IReadOnlyList<object> ro = names;
        Console.WriteLine($"ro[1]={ro[1]} count={ro.Count}");
        int[] nums = { 5, 3, 8 };
        object boxedNums = nums;
        Console.WriteLine($"int[] is IList<int>: {boxedNums is IList<int>} is IEnumerable<object>: {boxedNums is IEnumerable<object>} is ICollection<int>: {boxedNums is ICollection<int>}");
        IList<int> list = nums;
        list[1] = 30;
        Console.WriteLine($"IList<int>: count={list.Count} [1]={list[1]} indexOf(8)={list.IndexOf(8)} contains(5)={list.Contains(5)} readOnly={list.IsReadOnly}");
        try { list.Add(1); } catch (NotSupportedException e) { Console.WriteLine("Add: " + e.Message); }
        ICollection<int> coll = nums;
        var target = new int[5];
        coll.CopyTo(target, 1);
        Console.WriteLine("CopyTo: " + string.Join(",", target));
        Cell[] cells = { new() { Row = 1, Col = 2 }, new() { Row = 3, Col = 4 } };
        IEnumerable<Cell> cellSeq = cells;
        foreach (var c in cellSeq) Console.Write(c + " ");
        Console.WriteLine();
        IReadOnlyList<Cell> roCells = cells;
        ICollection<Cell> cellColl = cells;
        IList<Cell> cellList = cells;
        Console.WriteLine($"cells: {roCells[1]} {roCells.Count} {cellColl.Count} {cellList[0]} {cells.Select(c => c.Row * 10 + c.Col).Sum()}");
        object boxedCells = cells;
        Console.WriteLine($"Cell[] is IEnumerable<Cell>: {boxedCells is IEnumerable<Cell>} is IEnumerable<object>: {boxedCells is IEnumerable<object>}");
        DateStamp[] stamps = { new(3), new(1), new(2) };
        Console.WriteLine("stamps: " + string.Join(" ", Sorted(stamps)));
        Console.WriteLine("first of each: " + string.Join(" ", FirstOfEach(new IEnumerable<object>[] { names, new List<string> { "x" }, new object[] { 9 } })));
        Animal[] zoo = new Dog[] { new Dog("Rex"), new Dog("Fido") };
        Console.WriteLine("zoo: " + string.Join(", ", zoo.Select(a => a.Speak())));
        try { zoo[0] = new Cat("Tom"); } catch (ArrayTypeMismatchException) { Console.WriteLine("a cat in a dog array: ArrayTypeMismatchException"); }
        IEnumerable<Animal> animals = new List<Dog> { new Dog("Spot") };
        Console.WriteLine("list covariance: " + animals.First().Speak());
        object[] copyInto = new object[3];
        Array.Copy(names, copyInto, 3);
        Console.WriteLine("copied to object[]: " + string.Join("|", copyInto));
    }

    record struct DateStamp(int Day) : IComparable<DateStamp> { public int CompareTo(DateStamp o) => Day.CompareTo(o.Day); }
    static IEnumerable<T> Sorted<T>(IEnumerable<T> items) where T : IComparable<T> { var l = new List<T>(items); l.Sort(); return l; }
    static IEnumerable<object> FirstOfEach(IEnumerable<IEnumerable<object>> seqs) { foreach (var s in seqs) yield return s.First(); }

    abstract class Animal(string name) { public string Name => name; public abstract string Speak(); }
    sealed class Dog(string name) : Animal(name) { public override string Speak() => Name + " woofs"; }
    sealed class Cat(string name) : Animal(name) { public override string Speak() => Name + " meows"; }
}

// ---- A sparse grid, a route planner and a price list keyed by plain structs (no Equals of their own) ----

static class StructKeys
{
    struct Coord { public int X, Y; public Coord(int x, int y) { X = x; Y = y; } }
    struct Tagged { public string Name; public int Id; }
    struct Reading { public byte Sensor; public double Value; }
    struct Segment { public Coord From, To; public string Label; }

    public static void Run()
    {
        Console.WriteLine("== struct keys");
        var grid = new Dictionary<Coord, char>();
        string[] rows = { "#..#", ".##.", "#..#" };
        for (int y = 0; y < rows.Length; y++)
            for (int x = 0; x < rows[y].Length; x++)
                if (rows[y][x] == '#') grid[new Coord(x, y)] = '#';
        Console.WriteLine($"walls: {grid.Count}, (1,1) wall: {grid.ContainsKey(new Coord(1, 1))}, (1,0) wall: {grid.ContainsKey(new Coord(1, 0))}");
        var seen = new HashSet<Coord> { new(0, 0), new(0, 0), new(2, 1) };
        Console.WriteLine($"seen: {seen.Count} {seen.Contains(new Coord(2, 1))}");
        var path = new List<Coord> { new(0, 0), new(1, 0), new(1, 1) };
        Console.WriteLine($"index of (1,1): {path.IndexOf(new Coord(1, 1))}, contains (5,5): {path.Contains(new Coord(5, 5))}");
        Console.WriteLine($"equal coords: {new Coord(3, 4).Equals(new Coord(3, 4))} {new Coord(3, 4).Equals(new Coord(4, 3))} {new Coord(3, 4).Equals(null)} {new Coord(3, 4).Equals("(3,4)")}");
        Console.WriteLine($"same hash: {new Coord(3, 4).GetHashCode() == new Coord(3, 4).GetHashCode()}");

        var staff = new Dictionary<Tagged, string>
        {
            [new Tagged { Name = "ada", Id = 1 }] = "engineer",
            [new Tagged { Name = "bob", Id = 2 }] = "designer",
        };
        string name = string.Concat("a", "da"); // a different string object with the same text
        Console.WriteLine($"ada: {staff[new Tagged { Name = name, Id = 1 }]}, ada#2 known: {staff.ContainsKey(new Tagged { Name = name, Id = 2 })}");
        Console.WriteLine($"null names equal: {new Tagged { Id = 5 }.Equals(new Tagged { Id = 5 })} vs named: {new Tagged { Id = 5 }.Equals(new Tagged { Name = "x", Id = 5 })}");

        var readings = new[] { new Reading { Sensor = 1, Value = 0.5 }, new Reading { Sensor = 2, Value = double.NaN }, new Reading { Sensor = 1, Value = 0.5 } };
        Console.WriteLine($"distinct readings: {readings.Distinct().Count()}, NaN reading equals itself: {readings[1].Equals(new Reading { Sensor = 2, Value = double.NaN })}");
        Console.WriteLine($"+0 and -0: {new Reading { Value = 0.0 }.Equals(new Reading { Value = -0.0 })}");

        var a = new Segment { From = new(0, 0), To = new(2, 3), Label = "main" };
        var b = new Segment { From = new(0, 0), To = new(2, 3), Label = "ma" + "in".ToString() };
        var c = a; c.To.Y = 4;
        Console.WriteLine($"segments: a==b {a.Equals(b)}, a==c {a.Equals(c)}, lookup {new Dictionary<Segment, int> { [a] = 7 }.GetValueOrDefault(b)}");
        var byCoord = path.GroupBy(p => p.X).Select(g => $"{g.Key}:{g.Count()}");
        Console.WriteLine("by x: " + string.Join(" ", byCoord));
        Console.WriteLine($"boxed: {((object)new Coord(1, 2)).Equals(new Coord(1, 2))} {Equals(new Coord(1, 2), new Coord(2, 1))} {EqualityComparer<Coord>.Default.Equals(new Coord(7, 7), new Coord(7, 7))}");
    }
}

// Generic factories (`new T()`: an object pool, a registry of creators) and sorting through the non-generic
// IComparable of the built-in types.
static class Factories
{
    sealed class Pool<T> where T : class, new()
    {
        private readonly Stack<T> _free = new Stack<T>();
        public int Created { get; private set; }
        public T Rent()
        {
            if (_free.Count > 0) return _free.Pop();
            Created++;
            return new T();
        }
        public void Return(T item) => _free.Push(item);
    }

    class Buffer
    {
        public int Size = 16;
        public List<string> Lines = new List<string>();
    }

    class Connection
    {
        static int s_next;
        public readonly int Id;
        public Connection() { Id = ++s_next; }
        public override string ToString() => "conn#" + Id;
    }

    struct Point { public int X, Y; public override string ToString() => $"({X},{Y})"; }
    struct Settings
    {
        public int Retries; public string Mode;
        public Settings() { Retries = 3; Mode = "fast"; }
        public override string ToString() => $"{Mode}x{Retries}";
    }
    class Faulty { public Faulty() { throw new InvalidOperationException("disk not ready"); } }
    class NeedsName { public NeedsName(string name) { } }
    class Box<T> { public T Value; public override string ToString() => $"Box<{typeof(T).Name}>({Value})"; }

    sealed class Version : IComparable
    {
        public int Major, Minor;
        public Version(int major, int minor) { Major = major; Minor = minor; }
        public int CompareTo(object obj)
        {
            if (obj is not Version v) throw new ArgumentException("Object must be of type Version.");
            return Major != v.Major ? Major.CompareTo(v.Major) : Minor.CompareTo(v.Minor);
        }
        public override string ToString() => Major + "." + Minor;
    }

    static readonly Dictionary<string, Func<object>> s_registry = new Dictionary<string, Func<object>>();
    static void Register<T>(string name) where T : new() => s_registry[name] = () => new T();
    static T Make<T>() where T : new() => new T();
    static string Describe(object o) => o == null ? "null" : o.GetType().Name + " " + o;

    public static void Run()
    {
        Console.WriteLine("== factories");
        var pool = new Pool<Buffer>();
        var b1 = pool.Rent();
        b1.Lines.Add("hello");
        var b2 = pool.Rent();
        pool.Return(b1);
        var b3 = pool.Rent();
        Console.WriteLine($"pool: created={pool.Created} reused={ReferenceEquals(b1, b3)} size={b2.Size} lines={b3.Lines.Count}");
        var conns = new Pool<Connection>();
        var c1 = conns.Rent(); var c2 = conns.Rent(); conns.Return(c2); var c3 = conns.Rent();
        Console.WriteLine($"connections: {c1} {c2} {c3} created={conns.Created}");

        Register<Connection>("connection");
        Register<Point>("point");
        Register<Settings>("settings");
        Register<Box<string>>("box");
        Register<List<int>>("list");
        foreach (var name in new[] { "connection", "point", "settings", "box", "list", "connection" })
            Console.WriteLine($"registry {name}: {Describe(s_registry[name]())}");

        Console.WriteLine($"make: {Make<Point>()} {Make<Settings>()} {Make<int>()} {Make<double>()} {Make<Box<int>>()} [{Make<Box<string>>().Value}]");
        int? none = Make<int?>();
        Console.WriteLine($"make nullable: has value {none.HasValue}, as object {Describe(none)}");
        Console.WriteLine($"activator: {Activator.CreateInstance<Settings>()} {Activator.CreateInstance<Connection>()} {Activator.CreateInstance<Point>()}");
        try { Make<Faulty>(); }
        catch (System.Reflection.TargetInvocationException e) { Console.WriteLine($"faulty: {e.GetType().Name}: {e.Message} <- {e.InnerException.GetType().Name}: {e.InnerException.Message}"); }
        try { Activator.CreateInstance<NeedsName>(); }
        catch (MissingMethodException e) { Console.WriteLine($"needs name: {e.GetType().Name}: {e.Message} (MemberAccessException: {e is MemberAccessException})"); }

        Console.WriteLine("== comparable");
        object[] values = { 42, "pear", 3.5, 'q', true, 7L, 2.25m, 1.5f, (byte)9, (short)-3, (ushort)4, 5u, 6ul, (sbyte)-1, new Version(1, 0), new object() };
        foreach (var v in values)
            Console.WriteLine($"{v.GetType().Name,-8} is IComparable: {v is IComparable}");
        object[] numbers = { 5, -2, 17, 0, int.MaxValue, -40 };
        Array.Sort(numbers);
        Console.WriteLine("sorted ints: " + string.Join(" ", numbers));
        var words = new List<object> { "pear", "apple", "Banana", "cherry", "apple" };
        words.Sort();
        Console.WriteLine("sorted words: " + string.Join(" ", words));
        object[] doubles = { 2.5, double.NaN, -1.0, double.PositiveInfinity, 0.0, double.NegativeInfinity };
        Array.Sort(doubles);
        Console.WriteLine("sorted doubles: " + string.Join(" ", doubles));
        var releases = new List<object> { new Version(2, 1), new Version(1, 10), new Version(1, 2), new Version(2, 0) };
        releases.Sort();
        Console.WriteLine("sorted versions: " + string.Join(" ", releases));
        object[] money = { 10.5m, -3m, 2.75m, 0m };
        Array.Sort(money, System.Collections.Comparer.Default.Compare);
        Console.WriteLine("sorted decimals: " + string.Join(" ", money));
        var cmp = System.Collections.Comparer.Default;
        Console.WriteLine($"comparer: {cmp.Compare(1, 2)} {cmp.Compare("b", "a")} {cmp.Compare(null, 1)} {cmp.Compare(3.0, null)} {cmp.Compare('a', 'c')} {cmp.Compare(true, false)} {cmp.Compare(new Version(1, 2), new Version(1, 2))}");
        Console.WriteLine($"comparer<object>: {Comparer<object>.Default.Compare(10L, 3L)} {Comparer<object>.Default.Compare("x", "y")}");
        IComparable c = 5.5;
        Console.WriteLine($"cast: {c.CompareTo(5.5)} {c.CompareTo(6.0)} {c.CompareTo(null)} {((IComparable)"abc").CompareTo("abd")} {((IComparable)'z').CompareTo('a')}");
        foreach (var (left, right) in new (object, object)[] { (5, "5"), (5, 5L), ("5", 5), (1.0, 1.0f), ('a', "a"), (true, 1), (1m, 1.0), (2.5f, 2.5), ((byte)1, 1), (3L, 3) })
        {
            try { Console.WriteLine($"{left.GetType().Name} vs {right.GetType().Name}: {((IComparable)left).CompareTo(right)}"); }
            catch (ArgumentException e) { Console.WriteLine($"{left.GetType().Name} vs {right.GetType().Name}: {e.GetType().Name}: {e.Message}"); }
        }
        try { cmp.Compare(new object(), new object()); }
        catch (ArgumentException e) { Console.WriteLine("no comparable: " + e.Message); }
    }
}

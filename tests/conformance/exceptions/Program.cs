using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Threading;

// Small programs that fail the way everyday programs do and deal with it: run one after another, they print what
// they caught, cleaned up and recovered. With an argument they end otherwise:
//   traces            prints the stack traces of a few exceptions (the test drops .NET's " in <file>:line <n>")
//   unhandled         lets an exception go unhandled after finally blocks ran
//   thread-unhandled  the same on a thread of its own
public static class Program
{
    public static int Main(string[] args)
    {
        string mode = args.Length > 0 ? args[0] : "";
        if (mode == "traces") { Traces.Run(); return 0; }
        if (mode == "unhandled") { Unhandled.Run(); return 0; }
        if (mode == "thread-unhandled") { Unhandled.RunOnThread(); return 0; }
        BankLedger.Run();
        Calculator.Run();
        Retries.Run();
        Cleanup.Run();
        ConfigFile.Run();
        Orders.Run();
        Hardware.Run();
        Workers.Run();
        Details.Run();
        Importer.Run();
        Console.WriteLine("== done");
        return 0;
    }
}

// ---- A bank ledger that rejects bad transfers and rolls back half-done ones ----

class LedgerException : Exception
{
    public string Account { get; }
    public LedgerException(string account, string message) : base(message) { Account = account; }
    public LedgerException(string account, string message, Exception inner) : base(message, inner) { Account = account; }
}

sealed class InsufficientFundsException : LedgerException
{
    public long Needed { get; }
    public InsufficientFundsException(string account, long needed)
        : base(account, $"account {account} is short by {needed} cents") { Needed = needed; }
}

sealed class AccountFrozenException : LedgerException
{
    public AccountFrozenException(string account) : base(account, "account " + account + " is frozen") { }
}

sealed class Ledger
{
    private readonly Dictionary<string, long> _balances = new Dictionary<string, long>();
    private readonly HashSetLite _frozen = new HashSetLite();
    private readonly List<string> _journal = new List<string>();
    public int Transfers { get; private set; }

    public void Open(string account, long cents)
    {
        ArgumentException.ThrowIfNullOrEmpty(account);
        ArgumentOutOfRangeException.ThrowIfNegative(cents);
        if (_balances.ContainsKey(account)) throw new InvalidOperationException("account " + account + " exists");
        _balances[account] = cents;
    }

    public void Freeze(string account) => _frozen.Add(account);

    public long Balance(string account) => _balances[account];

    public void Transfer(string from, string to, long cents)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cents);
        long before = _balances[from];
        _balances[from] = before - cents;
        try
        {
            if (before < cents) throw new InsufficientFundsException(from, cents - before);
            if (_frozen.Contains(to)) throw new AccountFrozenException(to);
            _balances[to] = checked(_balances[to] + cents);
            Transfers++;
            _journal.Add($"{from} -> {to}: {cents}");
        }
        catch
        {
            _balances[from] = before; // roll back, then let the caller know
            throw;
        }
        finally
        {
            _journal.Add("checked " + from);
        }
    }

    public int JournalLines => _journal.Count;
}

sealed class HashSetLite
{
    private readonly List<string> _items = new List<string>();
    public void Add(string s) { if (!Contains(s)) _items.Add(s); }
    public bool Contains(string s) => _items.Contains(s);
}

sealed class Request
{
    public string From { get; }
    public string To { get; }
    public long Cents { get; }
    public Request(string from, string to, long cents) { From = from; To = to; Cents = cents; }
}

static class BankLedger
{
    public static void Run()
    {
        Console.WriteLine("== bank ledger");
        var ledger = new Ledger();
        ledger.Open("alice", 10_000);
        ledger.Open("bob", 2_500);
        ledger.Open("carol", 0);
        ledger.Open("max", long.MaxValue - 10);
        ledger.Freeze("carol");
        try { ledger.Open("bob", 1); } catch (InvalidOperationException e) { Console.WriteLine("open: " + e.Message); }
        try { ledger.Open("", 1); } catch (ArgumentException e) { Console.WriteLine("open: " + e.Message); }
        try { ledger.Open("dave", -5); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("open: " + e.Message); }

        var requests = new[]
        {
            new Request("alice", "bob", 1_200), new Request("bob", "alice", 9_000), new Request("alice", "carol", 100),
            new Request("alice", "erin", 50), new Request("bob", "alice", 0), new Request("alice", "max", 11),
            new Request("bob", "alice", 3_700), new Request("alice", "bob", -3),
        };
        foreach (var r in requests)
        {
            try
            {
                ledger.Transfer(r.From, r.To, r.Cents);
                Console.WriteLine($"ok   {r.From} -> {r.To} {r.Cents}");
            }
            catch (InsufficientFundsException e) when (e.Needed < 1_000)
            {
                Console.WriteLine($"soft {e.Account}: {e.Message}");
            }
            catch (LedgerException e)
            {
                Console.WriteLine($"fail {e.Account}: {e.Message}");
            }
            catch (KeyNotFoundException e)
            {
                Console.WriteLine("fail: " + e.Message);
            }
            catch (ArgumentOutOfRangeException e)
            {
                Console.WriteLine("fail: " + e.Message.Replace("\n", " | "));
            }
            catch (OverflowException e)
            {
                Console.WriteLine("fail: " + e.Message);
            }
        }
        Console.WriteLine($"alice={ledger.Balance("alice")} bob={ledger.Balance("bob")} carol={ledger.Balance("carol")}");
        Console.WriteLine($"transfers={ledger.Transfers} journal={ledger.JournalLines}");
    }
}

// ---- An expression calculator that recovers from bad input ----

sealed class ParseException : Exception
{
    public int Position { get; }
    public ParseException(string message, int position) : base(message) { Position = position; }
}

sealed class Parser
{
    private readonly string _text;
    private int _pos;
    public Parser(string text) { _text = text; }

    public long ParseAll()
    {
        long v = Expr();
        Skip();
        if (_pos < _text.Length) throw new ParseException("unexpected '" + _text[_pos] + "'", _pos);
        return v;
    }

    private long Expr()
    {
        long v = Term();
        while (true)
        {
            Skip();
            if (Eat('+')) v = checked(v + Term());
            else if (Eat('-')) v = checked(v - Term());
            else return v;
        }
    }

    private long Term()
    {
        long v = Factor();
        while (true)
        {
            Skip();
            if (Eat('*')) v = checked(v * Factor());
            else if (Eat('/')) { long d = Factor(); v = v / d; }
            else if (Eat('%')) { long d = Factor(); v = v % d; }
            else return v;
        }
    }

    private long Factor()
    {
        Skip();
        if (Eat('(')) { long v = Expr(); Skip(); if (!Eat(')')) throw new ParseException("expected ')'", _pos); return v; }
        if (Eat('-')) return checked(-Factor());
        int start = _pos;
        while (_pos < _text.Length && char.IsDigit(_text[_pos])) _pos++;
        if (start == _pos) throw new ParseException(_pos < _text.Length ? "unexpected '" + _text[_pos] + "'" : "unexpected end", _pos);
        long n = 0;
        for (int i = start; i < _pos; i++) n = checked(n * 10 + (_text[i] - '0'));
        return n;
    }

    private void Skip() { while (_pos < _text.Length && _text[_pos] == ' ') _pos++; }
    private bool Eat(char c) { if (_pos < _text.Length && _text[_pos] == c) { _pos++; return true; } return false; }
}

static class Calculator
{
    public static void Run()
    {
        Console.WriteLine("== calculator");
        string[] lines =
        {
            "1 + 2 * 3", "(1 + 2) * 3", "10 / (5 - 5)", "2 * (3 + 4", "7 % 0", "12 $ 4", "-(-9223372036854775807 - 1)",
            "9223372036854775807 + 1", "", "100 / 7 % 4", "3 * 3 * 3 * 3)",
        };
        int good = 0, bad = 0;
        foreach (string line in lines)
        {
            try
            {
                long v = new Parser(line).ParseAll();
                good++;
                Console.WriteLine($"{line} = {v}");
            }
            catch (ParseException e)
            {
                bad++;
                Console.WriteLine($"{line}");
                Console.WriteLine(new string(' ', e.Position) + "^ " + e.Message);
            }
            catch (ArithmeticException e)
            {
                bad++;
                string kind = e is DivideByZeroException ? "division" : e is OverflowException ? "overflow" : "arithmetic";
                Console.WriteLine($"{line} -> {kind}: {e.Message}");
            }
        }
        Console.WriteLine($"good={good} bad={bad}");
    }
}

// ---- Retries with backoff around a flaky service ----

sealed class TransientException : Exception
{
    public bool Retryable { get; }
    public TransientException(string message, bool retryable) : base(message) { Retryable = retryable; }
}

sealed class FlakyService
{
    private uint _seed;
    public int Calls { get; private set; }
    public FlakyService(uint seed) { _seed = seed; }

    public string Fetch(string key)
    {
        Calls++;
        _seed = _seed * 1103515245 + 12345;
        uint roll = (_seed >> 16) % 10;
        if (roll < 4) throw new TransientException("service busy (" + roll + ")", retryable: true);
        if (roll == 9) throw new TransientException("service refused " + key, retryable: false);
        return key.ToUpperInvariant() + ":" + roll;
    }
}

static class Retries
{
    static string WithRetry(FlakyService service, string key, int maxAttempts, List<string> log)
    {
        int delay = 10;
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return service.Fetch(key);
            }
            catch (TransientException e) when (e.Retryable && attempt < maxAttempts)
            {
                log.Add($"  {key}: attempt {attempt} failed ({e.Message}), waiting {delay} ms");
                delay *= 2;
            }
        }
    }

    public static void Run()
    {
        Console.WriteLine("== retries");
        var service = new FlakyService(7);
        var log = new List<string>();
        foreach (string key in new[] { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta" })
        {
            try
            {
                Console.WriteLine(key + " -> " + WithRetry(service, key, 3, log));
            }
            catch (TransientException e)
            {
                Console.WriteLine(key + " gave up: " + e.Message + (e.Retryable ? " (out of attempts)" : " (not retryable)"));
            }
            finally
            {
                foreach (string l in log) Console.WriteLine(l);
                log.Clear();
            }
        }
        Console.WriteLine("calls=" + service.Calls);
    }
}

// ---- Resources cleaned up on every path ----

sealed class Resource : IDisposable
{
    private static int s_open;
    private readonly string _name;
    private readonly bool _failOnDispose;
    private bool _disposed;
    public Resource(string name, bool failOnOpen = false, bool failOnDispose = false)
    {
        if (failOnOpen) throw new InvalidOperationException("cannot open " + name);
        _name = name;
        _failOnDispose = failOnDispose;
        s_open++;
        Console.WriteLine("  open " + name);
    }

    public static int Open => s_open;

    public void Write(string text)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (text == null) throw new ArgumentNullException(nameof(text));
        Console.WriteLine("  " + _name + " <- " + text);
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        s_open--;
        Console.WriteLine("  close " + _name);
        if (_failOnDispose) throw new InvalidOperationException("close failed for " + _name);
    }
}

static class Cleanup
{
    static int CopyLines(string[] lines)
    {
        int copied = 0;
        using (var source = new Resource("source"))
        using (var target = new Resource("target"))
        {
            foreach (string line in lines)
            {
                target.Write(line);
                copied++;
            }
        }
        return copied;
    }

    static string Attempt(Func<int> work)
    {
        try { return "copied " + work(); }
        catch (ArgumentNullException e) { return "stopped: " + e.Message; }
        catch (InvalidOperationException e) { return "stopped: " + e.Message; }
    }

    static int Tally()
    {
        int count = 0;
        try
        {
            count = 1;
            return count;
        }
        finally
        {
            count = 99; // does not change what was returned
            Console.WriteLine("  tally finally, count=" + count);
        }
    }

    public static void Run()
    {
        Console.WriteLine("== cleanup");
        Console.WriteLine(Attempt(() => CopyLines(new[] { "a", "b" })));
        Console.WriteLine(Attempt(() => CopyLines(new[] { "a", null, "c" })));
        Console.WriteLine(Attempt(() =>
        {
            using var log = new Resource("log", failOnDispose: true);
            log.Write("entry");
            return 1;
        }));
        Console.WriteLine(Attempt(() =>
        {
            using var outer = new Resource("outer");
            using var inner = new Resource("inner", failOnOpen: true);
            return 2;
        }));
        var stale = new Resource("stale");
        stale.Dispose();
        try { stale.Write("late"); } catch (ObjectDisposedException e) { Console.WriteLine("  " + e.Message.Replace("\n", " | ")); }
        Console.WriteLine("tally " + Tally());
        Console.WriteLine("still open: " + Resource.Open);
    }
}

// ---- A configuration file with errors reported per line ----

sealed class ConfigException : FormatException
{
    public int Line { get; }
    public ConfigException(int line, string message, Exception inner = null) : base($"line {line}: {message}", inner) { Line = line; }
}

static class ConfigFile
{
    static Dictionary<string, int> Parse(string text, List<ConfigException> errors)
    {
        var values = new Dictionary<string, int>();
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith("#")) continue;
            try
            {
                int eq = line.IndexOf('=');
                if (eq < 0) throw new ConfigException(i + 1, "missing '='");
                string key = line.Substring(0, eq).Trim();
                string value = line.Substring(eq + 1).Trim();
                if (key.Length == 0) throw new ConfigException(i + 1, "empty key");
                try
                {
                    values.Add(key, int.Parse(value));
                }
                catch (FormatException e) when (e is not ConfigException)
                {
                    throw new ConfigException(i + 1, "bad number for " + key, e);
                }
                catch (ArgumentException e)
                {
                    throw new ConfigException(i + 1, "duplicate " + key, e);
                }
            }
            catch (ConfigException e)
            {
                errors.Add(e);
            }
        }
        return values;
    }

    public static void Run()
    {
        Console.WriteLine("== config");
        string text = "# sizes\nwidth = 80\nheight=24\ncolor\n = 5\ndepth = deep\nwidth = 100\n\nmargin= 2\n";
        var errors = new List<ConfigException>();
        var values = Parse(text, errors);
        foreach (var kv in values) Console.WriteLine($"{kv.Key}={kv.Value}");
        foreach (var e in errors)
        {
            Console.WriteLine(e.Message);
            if (e.InnerException != null) Console.WriteLine("  because: " + e.InnerException.Message);
        }
        try { Console.WriteLine(values["columns"]); }
        catch (KeyNotFoundException e) { Console.WriteLine(e.Message); }
        Console.WriteLine("lines with errors: " + errors.Count + ", first at " + errors[0].Line);
    }
}

// ---- An order workflow: a state machine that refuses invalid steps ----

static class OrderState
{
    public const string New = "New", Paid = "Paid", Shipped = "Shipped", Delivered = "Delivered", Cancelled = "Cancelled";
}

sealed class Order
{
    public int Id { get; }
    public string State { get; private set; } = OrderState.New;
    public Order(int id) { Id = id; }

    public void Apply(string step)
    {
        string next = step switch
        {
            "pay" when State == OrderState.New => OrderState.Paid,
            "cancel" when State == OrderState.New || State == OrderState.Paid => OrderState.Cancelled,
            "ship" when State == OrderState.Paid => OrderState.Shipped,
            "deliver" when State == OrderState.Shipped => OrderState.Delivered,
            "pay" or "ship" or "deliver" or "cancel" => throw new InvalidOperationException($"order {Id}: cannot {step} when {State}"),
            _ => throw new NotSupportedException("unknown step '" + step + "'"),
        };
        State = next;
    }
}

static class Orders
{
    static bool Note(Exception e, List<string> notes)
    {
        notes.Add(e.Message);
        return false; // only looks: the exception goes on
    }

    public static void Run()
    {
        Console.WriteLine("== orders");
        var orders = new Order[] { new Order(1), new Order(2), new Order(3) };
        string[][] plans = { new[] { "pay", "ship", "deliver", "ship" }, new[] { "ship", "pay", "refund" }, new[] { "cancel", "pay" } };
        var notes = new List<string>();
        for (int i = 0; i < orders.Length; i++)
        {
            foreach (string step in plans[i])
            {
                try
                {
                    try { orders[i].Apply(step); }
                    catch (Exception e) when (Note(e, notes)) { Console.WriteLine("never"); }
                }
                catch (InvalidOperationException e) { Console.WriteLine("refused: " + e.Message); }
                catch (NotSupportedException e) { Console.WriteLine("unknown: " + e.Message); }
            }
            Console.WriteLine($"order {orders[i].Id} ends {orders[i].State}");
        }
        Console.WriteLine("noted " + notes.Count + ": " + string.Join("; ", notes));
    }
}

// ---- Faults the CPU reports, caught as .NET's exceptions ----

sealed class Node { public int Value; public Node Next; }

static class Hardware
{
    [MethodImpl(MethodImplOptions.NoInlining)] static int Divide(int a, int b) => a / b;
    [MethodImpl(MethodImplOptions.NoInlining)] static long Remainder(long a, long b) => a % b;
    [MethodImpl(MethodImplOptions.NoInlining)] static int SecondValue(Node n) => n.Next.Value;
    [MethodImpl(MethodImplOptions.NoInlining)] static int Length(string s) => s.Length;
    [MethodImpl(MethodImplOptions.NoInlining)] static int At(int[] a, int i) => a[i];

    static string Try(Func<int> f)
    {
        try { return "= " + f(); }
        catch (NullReferenceException e) { return "null: " + e.Message; }
        catch (DivideByZeroException e) { return "zero: " + e.Message; }
        catch (OverflowException e) { return "overflow: " + e.Message; }
        catch (IndexOutOfRangeException e) { return "index: " + e.Message; }
        catch (InvalidCastException e) { return "cast: " + e.Message; }
    }

    public static void Run()
    {
        Console.WriteLine("== hardware");
        var list = new Node { Value = 1, Next = new Node { Value = 2 } };
        int zero = list.Next.Next == null ? 0 : 1;
        int minusOne = zero - 1;
        Console.WriteLine(Try(() => Divide(7, zero)));
        Console.WriteLine(Try(() => Divide(int.MinValue, minusOne)));
        Console.WriteLine(Try(() => (int)Remainder(long.MinValue, minusOne)));
        Console.WriteLine(Try(() => (int)Remainder(9, zero)));
        Console.WriteLine(Try(() => SecondValue(list)));
        Console.WriteLine(Try(() => SecondValue(list.Next)));
        Console.WriteLine(Try(() => Length(zero == 0 ? null : "x")));
        Console.WriteLine(Try(() => At(new int[3], 3)));
        Console.WriteLine(Try(() => checked(int.MaxValue - zero + 1)));
        Console.WriteLine(Try(() => checked((int)(3e9 + zero))));
        Console.WriteLine(Try(() => ((string)(object)list).Length));
        object boxed = zero;
        Console.WriteLine(Try(() => (int)(long)boxed));
        int caught = 0;
        for (int i = 0; i < 200; i++)
        {
            try { caught += Divide(i, i % 4); }
            catch (DivideByZeroException) { caught += 1000; }
        }
        Console.WriteLine("loop total " + caught);
    }
}

// ---- Worker threads that each handle their own failures ----

static class Workers
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Deep(int depth, int job)
    {
        if (depth == 0)
        {
            if (job % 5 == 0) throw new InvalidOperationException("job " + job + " failed at the bottom");
            return job;
        }
        try { return Deep(depth - 1, job) + 1; }
        finally { if (depth == 100) Interlocked.Increment(ref s_unwound); }
    }

    static int s_unwound;

    public static void Run()
    {
        Console.WriteLine("== workers");
        var results = new int[4];
        var failures = new List<string>();
        var threads = new List<Thread>();
        for (int w = 0; w < 4; w++)
        {
            int worker = w;
            var t = new Thread(() =>
            {
                for (int job = worker; job < 40; job += 4)
                {
                    try
                    {
                        results[worker] += Deep(150, job);
                        if (job == 7) { object o = null; results[worker] += o.GetHashCode(); }
                    }
                    catch (InvalidOperationException e)
                    {
                        lock (failures) failures.Add(e.Message);
                        Thread.Yield();
                    }
                    catch (NullReferenceException)
                    {
                        lock (failures) failures.Add("job " + job + " hit a null");
                    }
                }
            });
            t.Name = "worker " + w;
            threads.Add(t);
        }
        foreach (var t in threads) t.Start();
        foreach (var t in threads) t.Join();
        for (int w = 0; w < 4; w++) Console.WriteLine($"worker {w}: {results[w]}");
        failures.Sort(string.CompareOrdinal);
        foreach (string f in failures) Console.WriteLine(f);
        Console.WriteLine("finally blocks at depth 100: " + s_unwound);
    }
}

// ---- What exceptions carry ----

class AppException : Exception
{
    public AppException() { }
    public AppException(string message) : base(message) { }
    public AppException(string message, Exception inner) : base(message, inner) { }
}

sealed class ValidationException : AppException
{
    private readonly List<string> _problems;
    public ValidationException(List<string> problems) { _problems = problems; }
    public override string Message => "validation failed: " + string.Join(", ", _problems);
}

static class Details
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Load(string name)
    {
        try
        {
            if (name.Length > 3) throw new ArgumentException("name too long", nameof(name));
        }
        catch (ArgumentException e)
        {
            throw new AppException("could not load " + name, e);
        }
    }

    static bool Record(List<string> order, string what) { order.Add(what); return true; }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Nest(int depth, List<string> order)
    {
        try
        {
            if (depth == 0) throw new AppException("deep");
            Nest(depth - 1, order);
        }
        finally
        {
            order.Add("finally " + depth);
        }
    }

    public static void Run()
    {
        Console.WriteLine("== details");
        Exception[] made =
        {
            new Exception(), new Exception(null), new AppException(), new InvalidOperationException(),
            new ArgumentException(), new ArgumentException("bad"), new ArgumentException("bad", "x"), new ArgumentException(null, "x"),
            new ArgumentNullException(), new ArgumentNullException("arg"), new ArgumentNullException("arg", "custom"),
            new ArgumentOutOfRangeException(), new ArgumentOutOfRangeException("idx"), new ArgumentOutOfRangeException("idx", 42, "too big"),
            new NotSupportedException(), new NotImplementedException(), new FormatException(), new KeyNotFoundException(),
            new OverflowException(), new DivideByZeroException(), new ArithmeticException(), new IndexOutOfRangeException(),
            new InvalidCastException(), new NullReferenceException(), new TimeoutException(), new ObjectDisposedException("thing"),
            new ObjectDisposedException(null), new ApplicationException(), new SystemException(), new OperationCanceledException(),
            new UnauthorizedAccessException(), new PlatformNotSupportedException(), new ArrayTypeMismatchException(),
            new ValidationException(new List<string> { "name empty", "age negative" }),
        };
        foreach (var e in made) Console.WriteLine(e.ToString().Replace("\n", " | "));

        var chained = new InvalidOperationException("outer", new FormatException("middle", new TimeoutException("root")));
        Console.WriteLine(chained.ToString());
        Console.WriteLine("base: " + chained.GetBaseException().Message);
        Console.WriteLine("stack trace before a throw: " + (chained.StackTrace == null ? "none" : "some"));

        try { Load("abcdef"); }
        catch (AppException e)
        {
            Console.WriteLine(e.Message + " <- " + e.InnerException.Message);
            Console.WriteLine("inner param: " + ((ArgumentException)e.InnerException).ParamName);
            Console.WriteLine("has a stack trace: " + (e.StackTrace != null) + ", inner too: " + (e.InnerException.StackTrace != null));
        }
        var aoore = new ArgumentOutOfRangeException("count", -1, "must not be negative");
        Console.WriteLine(aoore.ParamName + " " + aoore.ActualValue + " " + aoore.Message.Replace("\n", " | "));
        try { ArgumentNullException.ThrowIfNull(null as string); }
        catch (ArgumentNullException e) { Console.WriteLine(e.Message); }
        string blank = "   ";
        try { ArgumentException.ThrowIfNullOrWhiteSpace(blank); }
        catch (ArgumentException e) { Console.WriteLine(e.Message); }
        int limit = 10, value = 12;
        try { ArgumentOutOfRangeException.ThrowIfGreaterThan(value, limit); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message.Replace("\n", " | ")); }
        try { ArgumentOutOfRangeException.ThrowIfLessThan(value, 20); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message.Replace("\n", " | ")); }
        try { ArgumentOutOfRangeException.ThrowIfZero(value - 12); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message.Replace("\n", " | ")); }
        try { ArgumentOutOfRangeException.ThrowIfEqual(value, 12); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message.Replace("\n", " | ")); }
        var sb = new StringBuilder();
        try
        {
            try { throw new AppException("first"); }
            finally { sb.Append("finally ran; "); }
        }
        catch (AppException e) when (e.Message == "first") { sb.Append("filtered " + e.Message); }
        Console.WriteLine(sb.ToString());
        // Two passes: the filter decides while the frames below it are still there; their finally blocks run after.
        var order = new List<string>();
        try { Nest(3, order); }
        catch (AppException e) when (Record(order, "filter sees " + e.Message)) { order.Add("handler"); }
        Console.WriteLine(string.Join(" -> ", order.ToArray()));
        Exception kept = null;
        for (int i = 0; i < 3; i++)
        {
            try { if (kept == null) throw new AppException("once"); throw kept; }
            catch (AppException e) { kept = e; Console.WriteLine("round " + i + ": " + e.Message); }
        }
    }
}

// ---- Stack traces (mode "traces") ----

static class Traces
{
    sealed class Box<T>
    {
        private readonly T _value;
        public Box(T value) { _value = value; }
        [MethodImpl(MethodImplOptions.NoInlining)]
        public T Open(int key)
        {
            if (key != 42) throw new UnauthorizedAccessException("wrong key " + key);
            return _value;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)] static int Level3(int[] data, int i) { int v = data[i]; return v + 1; }
    [MethodImpl(MethodImplOptions.NoInlining)] static int Level2(int[] data, int i) { int v = Level3(data, i); return v * 2; }
    [MethodImpl(MethodImplOptions.NoInlining)] static int Level1(int[] data) { int v = Level2(data, data.Length); return v - 1; }
    [MethodImpl(MethodImplOptions.NoInlining)] static string Pick<T>(T item, string[] names, ref int count) { count++; string s = names[5]; return s + item; }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Rethrower()
    {
        try { Level1(new int[2]); }
        catch (IndexOutOfRangeException) { Console.WriteLine("rethrowing"); throw; }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Wrapper()
    {
        try { Rethrower(); }
        catch (Exception e) { throw new InvalidOperationException("wrapped", e); }
    }

    [MethodImpl(MethodImplOptions.NoInlining)] static object Something(int kind) => kind == 1 ? "text" : new Node();

    static void Show(Action a)
    {
        try { a(); }
        catch (Exception e) { Console.WriteLine(e.ToString()); Console.WriteLine("--"); }
    }

    public static void Run()
    {
        Show(() => Level1(new int[3]));
        Show(() => new Box<string>("gold").Open(7));
        Show(() => { int n = 0; Pick(3.5, new string[2], ref n); });
        Show(Wrapper);
        Show(() => Console.WriteLine(((Node)Something(1)).Value));
        Show(() => new Dictionary<string, int>()["missing"].ToString());
        Show(() =>
        {
            ExceptionDispatchInfo failure = null;
            var worker = new Thread(() =>
            {
                try { Level1(new int[1]); }
                catch (Exception e) { failure = ExceptionDispatchInfo.Capture(e); }
            });
            worker.Start();
            worker.Join();
            failure?.Throw();
        });
        Show(() => ExceptionDispatchInfo.Throw(new TimeoutException("never thrown before")));
    }
}

// ---- An importer that attaches context to its errors (Exception.Data) and reports failures from its workers ----

static class Importer
{
    sealed class ImportException(string message, Exception inner) : Exception(message, inner);

    static int ParseRow(string row, int line)
    {
        try
        {
            string[] cells = row.Split(',');
            return int.Parse(cells[1]) * int.Parse(cells[2]);
        }
        catch (Exception e) when (e is FormatException or IndexOutOfRangeException)
        {
            e.Data["line"] = line;
            e.Data["row"] = row;
            throw;
        }
    }

    public static void Run()
    {
        Console.WriteLine("== importer");
        string[] rows = ["apple,3,4", "pear,x,2", "plum,5", "fig,2,6"];
        int total = 0;
        for (int i = 0; i < rows.Length; i++)
        {
            try { total += ParseRow(rows[i], i + 1); }
            catch (Exception e)
            {
                Console.Write($"skipped ({e.GetType().Name}, {e.Data.Count} details):");
                foreach (DictionaryEntry d in e.Data) Console.Write($" {d.Key}={d.Value}");
                Console.WriteLine();
            }
        }
        Console.WriteLine($"total {total}");

        var failures = new List<ExceptionDispatchInfo>();
        var threads = new List<Thread>();
        foreach (string row in rows)
        {
            var t = new Thread(() =>
            {
                try { ParseRow(row, 0); }
                catch (Exception e) { lock (failures) failures.Add(ExceptionDispatchInfo.Capture(e)); }
            });
            threads.Add(t);
            t.Start();
        }
        foreach (var t in threads) t.Join();
        Console.WriteLine($"{failures.Count} workers failed");
        foreach (var f in failures.OrderBy(f => (string)f.SourceException.Data["row"]))
        {
            try { f.Throw(); }
            catch (Exception e)
            {
                var wrapped = new ImportException("import failed at " + e.Data["row"], e);
                wrapped.Data.Add("retry", false);
                Console.WriteLine($"{wrapped.Message} <- {wrapped.InnerException.GetType().Name}; retry={wrapped.Data["retry"]}, contains row: {wrapped.Data.Contains("row")}");
                try { wrapped.Data.Add("retry", true); }
                catch (ArgumentException a) { Console.WriteLine(a.Message); }
                wrapped.Data.Remove("retry");
                Console.WriteLine($"after remove: {wrapped.Data.Count} {wrapped.Data["retry"] ?? "null"} {wrapped.Data.GetType().FullName}");
                Console.WriteLine(string.Join(",", e.Data.Keys.Cast<object>()) + " / " + string.Join(",", e.Data.Values.Cast<object>()));
            }
        }
        var entry = new DictionaryEntry("k", 7);
        var (key, value) = entry;
        Console.WriteLine($"{entry} {key} {value}");
    }
}

// ---- Unhandled exceptions (modes "unhandled", "thread-unhandled") ----

static class Unhandled
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Save(string path)
    {
        try
        {
            Console.WriteLine("saving " + path);
            throw new InvalidOperationException("disk full while saving " + path);
        }
        finally
        {
            Console.WriteLine("save: finally");
        }
    }

    public static void Run()
    {
        try
        {
            Save("report.txt");
        }
        catch (ArgumentException)
        {
            Console.WriteLine("not this one");
        }
        finally
        {
            Console.WriteLine("main: finally");
        }
        Console.WriteLine("not reached");
    }

    public static void RunOnThread()
    {
        var t = new Thread(() =>
        {
            using (new Resource("journal")) Save("journal.txt");
        });
        t.Start();
        t.Join();
        Console.WriteLine("not reached");
    }
}

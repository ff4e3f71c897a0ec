using System;
using System.Collections.Generic;
using System.Linq;

namespace Programs.EventBus;

public class OrderEventArgs : EventArgs
{
    public int OrderId { get; }
    public decimal Amount { get; }
    public OrderEventArgs(int id, decimal amount) { OrderId = id; Amount = amount; }
}

public delegate bool Validator(OrderEventArgs e, out string reason);

public class OrderService
{
    public event EventHandler<OrderEventArgs>? OrderPlaced;
    public event EventHandler<OrderEventArgs>? OrderRejected;
    private readonly List<Validator> _validators = new();
    private int _next = 1000;

    public void AddValidator(Validator v) => _validators.Add(v);

    public int Place(decimal amount)
    {
        var args = new OrderEventArgs(++_next, amount);
        foreach (var v in _validators)
        {
            if (!v(args, out var reason))
            {
                Console.WriteLine($"  order {args.OrderId} rejected: {reason}");
                OrderRejected?.Invoke(this, args);
                return -1;
            }
        }
        OrderPlaced?.Invoke(this, args);
        return args.OrderId;
    }
}

public class Bus
{
    private readonly Dictionary<string, List<Action<string>>> _subs = new();
    public IDisposable Subscribe(string topic, Action<string> handler)
    {
        if (!_subs.TryGetValue(topic, out var list)) _subs[topic] = list = new();
        list.Add(handler);
        return new Subscription(() => list.Remove(handler));
    }
    public int Publish(string topic, string message)
    {
        if (!_subs.TryGetValue(topic, out var list)) return 0;
        foreach (var h in list.ToArray()) h(message);
        return list.Count;
    }
    private sealed class Subscription : IDisposable
    {
        private Action? _undo;
        public Subscription(Action undo) => _undo = undo;
        public void Dispose() { _undo?.Invoke(); _undo = null; }
    }
}

public static class EventBusProgram
{
    public static void Run()
    {
        var svc = new OrderService();
        decimal revenue = 0;
        int rejected = 0;
        svc.OrderPlaced += (s, e) => revenue += e.Amount;
        svc.OrderPlaced += (s, e) => Console.WriteLine($"  placed #{e.OrderId} for {e.Amount:0.00} by {s?.GetType().Name}");
        EventHandler<OrderEventArgs> onReject = (_, _) => rejected++;
        svc.OrderRejected += onReject;
        svc.AddValidator((OrderEventArgs e, out string reason) => { reason = "amount must be positive"; return e.Amount > 0; });
        svc.AddValidator((OrderEventArgs e, out string reason) => { reason = $"{e.Amount} exceeds limit"; return e.Amount <= 500; });
        foreach (var amt in new[] { 19.99m, -5m, 250m, 999.5m, 0.01m })
            Console.WriteLine($"Place({amt}) -> {svc.Place(amt)}");
        svc.OrderRejected -= onReject;
        svc.Place(0);
        Console.WriteLine($"revenue {revenue}, rejected {rejected}");

        var bus = new Bus();
        var log = new List<string>();
        var a = bus.Subscribe("news", m => log.Add("A:" + m));
        using (bus.Subscribe("news", m => log.Add("B:" + m.ToUpper())))
        {
            bus.Publish("news", "hello");
            Console.WriteLine($"subscribers during using: {bus.Publish("news", "again")}");
        }
        bus.Publish("news", "after");
        a.Dispose(); a.Dispose();
        Console.WriteLine($"after dispose: {bus.Publish("news", "gone")}, unknown topic: {bus.Publish("sports", "x")}");
        Console.WriteLine(string.Join(" ", log));

        Func<int, int> square = x => x * x;
        Func<int, int> inc = x => x + 1;
        Func<int, int> compose = x => inc(square(x));
        Action<string> multi = s => Console.Write($"[1:{s}]");
        multi += s => Console.Write($"[2:{s}]");
        multi += Console.Write;
        multi("go");
        Console.WriteLine();
        Console.WriteLine($"compose(5)={compose(5)}, invocation count={multi.GetInvocationList().Length}");
        Predicate<string> isEmpty = string.IsNullOrEmpty;
        Comparison<string> byLen = (x, y) => x.Length.CompareTo(y.Length);
        var words = new List<string> { "ccc", "a", "", "bb" };
        words.Sort(byLen);
        Console.WriteLine($"{string.Join(",", words)} empties={words.FindAll(isEmpty).Count} firstLong={words.Find(w => w.Length > 1)}");
        var counters = new List<Func<int>>();
        for (int i = 0; i < 3; i++) { int j = i; counters.Add(() => j * 10); }
        Console.WriteLine(string.Join(" ", counters.Select(f => f())));
    }
}

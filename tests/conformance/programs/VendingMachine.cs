using System;
using System.Collections.Generic;
using System.Linq;

namespace Programs.VendingMachine;

public enum State { Idle, HasMoney, Dispensing, OutOfService }
public enum Coin { Nickel = 5, Dime = 10, Quarter = 25, Dollar = 100 }

public abstract record Input;
public record InsertCoin(Coin Coin) : Input;
public record Select(string Slot) : Input;
public record Cancel : Input;
public record Service(bool On) : Input;

public class Machine
{
    private readonly Dictionary<string, (string Name, int Price, int Count)> _slots = new()
    {
        ["A1"] = ("Cola", 125, 2), ["A2"] = ("Water", 90, 1), ["B1"] = ("Chips", 65, 0),
    };
    public State State { get; private set; } = State.Idle;
    public int Credit { get; private set; }
    public int Bank { get; private set; }
    public List<string> Log { get; } = new();

    public void Handle(Input input)
    {
        var before = State;
        (State, string message) = (State, input) switch
        {
            (State.OutOfService, Service { On: false }) => (State.Idle, "back in service"),
            (State.OutOfService, _) => (State.OutOfService, "out of service"),
            (_, Service { On: true }) => (State.OutOfService, Refund("service mode")),
            (State.Idle or State.HasMoney, InsertCoin c) => (State.HasMoney, AddCredit(c.Coin)),
            (State.Idle, Select) => (State.Idle, "insert money first"),
            (State.HasMoney, Select s) => TrySell(s.Slot),
            (State.HasMoney, Cancel) => (State.Idle, Refund("cancelled")),
            (_, Cancel) => (State, "nothing to cancel"),
            _ => (State, $"ignored {input.GetType().Name}"),
        };
        Log.Add($"{before,-12} {Describe(input),-18} -> {State,-12} {message}");
    }

    private string AddCredit(Coin c) { Credit += (int)c; return $"credit {Money(Credit)}"; }

    private (State, string) TrySell(string slot)
    {
        if (!_slots.TryGetValue(slot, out var item)) return (State.HasMoney, $"no slot {slot}");
        if (item.Count == 0) return (State.HasMoney, $"{item.Name} sold out");
        if (Credit < item.Price) return (State.HasMoney, $"need {Money(item.Price - Credit)} more");
        _slots[slot] = item with { Count = item.Count - 1 };
        Bank += item.Price;
        int change = Credit - item.Price;
        Credit = 0;
        return (State.Idle, $"vend {item.Name}" + (change > 0 ? $", change {Money(change)} as {Coins(change)}" : ""));
    }

    private string Refund(string why)
    {
        if (Credit == 0) return why;
        var s = $"{why}, refund {Money(Credit)}";
        Credit = 0;
        return s;
    }

    private static string Money(int cents) => $"${cents / 100}.{cents % 100:00}";

    private static string Coins(int cents)
    {
        var parts = new List<string>();
        foreach (var coin in Enum.GetValues<Coin>().OrderByDescending(c => (int)c))
        {
            int n = cents / (int)coin;
            if (n > 0) { parts.Add($"{n}x{coin}"); cents -= n * (int)coin; }
        }
        return string.Join("+", parts);
    }

    private static string Describe(Input i) => i switch
    {
        InsertCoin { Coin: var c } => $"coin {c}",
        Select { Slot: var s } => $"select {s}",
        Service(var on) => on ? "service on" : "service off",
        _ => i.GetType().Name.ToLower(),
    };
}

public static class VendingMachineProgram
{
    public static void Run()
    {
        var m = new Machine();
        Input[] script =
        {
            new Select("A1"), new InsertCoin(Coin.Dollar), new Select("A1"), new InsertCoin(Coin.Quarter),
            new InsertCoin(Coin.Quarter), new InsertCoin(Coin.Dime), new InsertCoin(Coin.Nickel), new Select("A1"),
            new InsertCoin(Coin.Dollar), new Select("B1"), new Select("C9"), new Select("A2"),
            new Cancel(), new InsertCoin(Coin.Dime), new Service(true), new InsertCoin(Coin.Dollar),
            new Service(false), new InsertCoin(Coin.Dollar), new InsertCoin(Coin.Dollar), new Select("A1"), new Select("A1"), new Cancel(),
        };
        foreach (var input in script) m.Handle(input);
        m.Log.ForEach(Console.WriteLine);
        Console.WriteLine($"final: {m.State}, credit {m.Credit}, bank {m.Bank}");
        Console.WriteLine($"{new InsertCoin(Coin.Dime)} {new Cancel()} {Coin.Quarter:D} {(Coin)7} {State.HasMoney:G}");
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Programs.BankLedger;

public class InsufficientFundsException : Exception
{
    public decimal Shortfall { get; }
    public InsufficientFundsException(string account, decimal shortfall)
        : base($"Account {account} is short by {shortfall:0.00}") => Shortfall = shortfall;
}

public enum TxKind { Deposit, Withdrawal, TransferIn, TransferOut, Interest }

public readonly record struct Transaction(int Id, TxKind Kind, decimal Amount, string Memo);

public class Account
{
    private readonly List<Transaction> _history = new();
    private static int s_nextTx = 1;
    public string Number { get; }
    public string Owner { get; }
    public decimal Balance { get; private set; }
    public IReadOnlyList<Transaction> History => _history;

    public Account(string number, string owner) { Number = number; Owner = owner; }

    public void Apply(TxKind kind, decimal amount, string memo = "")
    {
        if (amount <= 0) throw new ArgumentException("Amount must be positive", nameof(amount));
        decimal delta = kind switch
        {
            TxKind.Deposit or TxKind.TransferIn or TxKind.Interest => amount,
            TxKind.Withdrawal or TxKind.TransferOut => -amount,
            _ => throw new NotSupportedException(kind.ToString())
        };
        if (Balance + delta < 0) throw new InsufficientFundsException(Number, -(Balance + delta));
        Balance += delta;
        _history.Add(new Transaction(s_nextTx++, kind, amount, memo));
    }
}

public class Bank
{
    private readonly SortedDictionary<string, Account> _accounts = new();
    public Account Open(string number, string owner, decimal initial)
    {
        var a = new Account(number, owner);
        _accounts.Add(number, a);
        if (initial > 0) a.Apply(TxKind.Deposit, initial, "opening");
        return a;
    }
    public void Transfer(string from, string to, decimal amount)
    {
        var src = _accounts[from];
        var dst = _accounts[to];
        src.Apply(TxKind.TransferOut, amount, "to " + to);
        dst.Apply(TxKind.TransferIn, amount, "from " + from);
    }
    public void PayInterest(decimal ratePercent)
    {
        foreach (var a in _accounts.Values)
        {
            var interest = Math.Round(a.Balance * ratePercent / 100m, 2, MidpointRounding.AwayFromZero);
            if (interest > 0) a.Apply(TxKind.Interest, interest, $"{ratePercent}%");
        }
    }
    public IEnumerable<Account> Accounts => _accounts.Values;
}

public static class BankLedgerProgram
{
    public static void Run()
    {
        var bank = new Bank();
        bank.Open("ACC-003", "Carol", 150m);
        bank.Open("ACC-001", "Alice", 1000m);
        bank.Open("ACC-002", "Bob", 250.50m);

        var ops = new (string Desc, Action Op)[]
        {
            ("alice pays bob", () => bank.Transfer("ACC-001", "ACC-002", 125.25m)),
            ("bob overdraws", () => bank.Transfer("ACC-002", "ACC-003", 1000m)),
            ("zero deposit", () => bank.Accounts.First().Apply(TxKind.Deposit, 0m)),
            ("carol withdraws", () => bank.Accounts.Last().Apply(TxKind.Withdrawal, 49.99m)),
            ("unknown account", () => bank.Transfer("ACC-009", "ACC-001", 1m)),
        };
        foreach (var (desc, op) in ops)
        {
            try
            {
                op();
                Console.WriteLine($"ok    {desc}");
            }
            catch (InsufficientFundsException ex) when (ex.Shortfall > 500)
            {
                Console.WriteLine($"fail  {desc}: {ex.Message} (big shortfall)");
            }
            catch (ArgumentException ex)
            {
                Console.WriteLine($"fail  {desc}: {ex.GetType().Name}: {ex.Message}");
            }
            catch (KeyNotFoundException)
            {
                Console.WriteLine($"fail  {desc}: no such account");
            }
        }
        bank.PayInterest(1.5m);

        var sb = new StringBuilder();
        foreach (var a in bank.Accounts)
        {
            sb.AppendLine($"{a.Number} {a.Owner} balance {a.Balance,12:N2}");
            foreach (var t in a.History)
                sb.AppendFormat("   #{0:D3} {1,-12}{2,10:0.00} {3}", t.Id, t.Kind, t.Amount, t.Memo).AppendLine();
        }
        Console.Write(sb.ToString());
        decimal total = bank.Accounts.Sum(a => a.Balance);
        Console.WriteLine($"Bank total: {total} across {bank.Accounts.Count()} accounts");
        var biggest = bank.Accounts.SelectMany(a => a.History).OrderByDescending(t => t.Amount).First();
        Console.WriteLine($"Largest tx: {biggest}");
    }
}

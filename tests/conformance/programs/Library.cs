using System;
using System.Collections.Generic;
using System.Linq;

namespace Programs.Library;

public interface IBorrowable
{
    bool IsAvailable { get; }
    void Borrow(string member);
    void Return();
}

public abstract class Media : IComparable<Media>, IBorrowable
{
    private string? _borrower;
    public string Title { get; }
    public int Year { get; }
    protected Media(string title, int year) { Title = title; Year = year; }
    public bool IsAvailable => _borrower is null;
    public string? Borrower => _borrower;
    public abstract int LoanDays { get; }
    public virtual string Kind => GetType().Name;

    public void Borrow(string member)
    {
        if (!IsAvailable) throw new InvalidOperationException($"'{Title}' is already borrowed by {_borrower}");
        _borrower = member;
    }
    public void Return() => _borrower = _borrower is null ? throw new InvalidOperationException($"'{Title}' was not borrowed") : null;

    public int CompareTo(Media? other)
    {
        if (other is null) return 1;
        int c = string.Compare(Title, other.Title, StringComparison.Ordinal);
        return c != 0 ? c : Year.CompareTo(other.Year);
    }
    public override string ToString() => $"{Kind,-6} {Title} ({Year}){(IsAvailable ? "" : " -> " + Borrower)}";
}

public class Book : Media
{
    public string Author { get; }
    public int Pages { get; }
    public Book(string title, string author, int year, int pages) : base(title, year) { Author = author; Pages = pages; }
    public override int LoanDays => Pages > 500 ? 28 : 21;
    public override string ToString() => base.ToString() + $" by {Author}";
}

public class Dvd : Media
{
    public TimeSpan Length { get; }
    public Dvd(string title, int year, int minutes) : base(title, year) => Length = TimeSpan.FromMinutes(minutes);
    public override int LoanDays => 7;
    public override string Kind => "DVD";
}

public sealed class Magazine : Media
{
    public int Issue { get; }
    public Magazine(string title, int year, int issue) : base(title, year) => Issue = issue;
    public override int LoanDays => 3;
}

public static class LibraryProgram
{
    public static void Run()
    {
        var items = new List<Media>
        {
            new Book("Dune", "Frank Herbert", 1965, 612), new Book("Neuromancer", "William Gibson", 1984, 271),
            new Dvd("Alien", 1979, 117), new Magazine("Byte", 1985, 9), new Book("Dune", "Frank Herbert", 1984, 540),
            new Dvd("Brazil", 1985, 142), new Book("Hyperion", "Dan Simmons", 1989, 482),
        };
        var sorted = items.ToArray();
        Array.Sort(sorted);
        foreach (var m in sorted) Console.WriteLine(m);

        var actions = new (string Who, string Title, bool IsReturn)[]
        {
            ("ann", "Alien", false), ("bob", "Alien", false), ("bob", "Dune", false), ("ann", "Alien", true),
            ("cat", "Byte", true), ("cat", "Hyperion", false), ("bob", "Alien", false),
        };
        foreach (var (who, title, isReturn) in actions)
        {
            var item = items.First(i => i.Title == title && i.IsAvailable != isReturn || i.Title == title);
            try
            {
                if (isReturn) item.Return(); else item.Borrow(who);
                Console.WriteLine($"{who} {(isReturn ? "returned" : "borrowed")} {title} for {item.LoanDays} days");
            }
            catch (InvalidOperationException ex) { Console.WriteLine($"{who}: {ex.Message}"); }
        }
        Console.WriteLine("On loan: " + string.Join("; ", items.Where(i => !i.IsAvailable).Select(i => $"{i.Title}@{i.Borrower}")));
        var kinds = items.GroupBy(i => i.Kind).Select(g => $"{g.Key}x{g.Count()}");
        Console.WriteLine(string.Join(" ", kinds));
        var dvdTime = items.OfType<Dvd>().Aggregate(TimeSpan.Zero, (acc, d) => acc + d.Length);
        Console.WriteLine($"Total DVD time: {dvdTime} ({dvdTime.TotalMinutes} min, {dvdTime.Hours}h{dvdTime.Minutes:D2})");
        var pages = items.OfType<Book>().Select(b => b.Pages).ToArray();
        Array.Sort(pages);
        Console.WriteLine($"pages sorted: {string.Join(",", pages)}; index of 540: {Array.BinarySearch(pages, 540)}; of 300: {Array.BinarySearch(pages, 300)}");
        var byDecade = items.ToLookup(i => i.Year / 10 * 10);
        foreach (var d in byDecade.OrderBy(g => g.Key)) Console.WriteLine($"{d.Key}s: {string.Join(", ", d.Select(i => i.Title))}");
        IBorrowable b = items[2];
        Console.WriteLine($"{(b is Dvd dvd ? dvd.Title : "?")} available={b.IsAvailable}, oldest={items.Min()!.Title}, newest book={items.OfType<Book>().Max(x => x.Year)}");
    }
}

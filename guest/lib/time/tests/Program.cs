using System;
using System.Diagnostics;
using System.Threading;

// Prints the same lines on .NET and on Kiln: fixed dates and durations formatted, and "ok"/"FAIL" for checks of the
// live clocks. The first argument is the host's Unix time in milliseconds when it started the program.
static class Program
{
    static int s_failures;

    static int Main(string[] args)
    {
        long hostMs = args.Length > 0 ? long.Parse(args[0]) : 0;

        Console.WriteLine($"frequency {Stopwatch.Frequency} high-resolution {Stopwatch.IsHighResolution}");
        var sw = Stopwatch.StartNew();
        Thread.Sleep(100);
        long slept = sw.ElapsedMilliseconds;
        Check("Thread.Sleep(100) takes 100 ms or a little more", slept >= 100 && slept < 5000, $"{slept} ms");

        long t0 = Environment.TickCount64;
        Thread.Sleep(TimeSpan.FromMilliseconds(50));
        long t1 = Environment.TickCount64;
        Check("TickCount64 advances with Sleep", t1 - t0 >= 40 && t1 - t0 < 5000, $"{t1 - t0} ms");

        bool ordered = true;
        long last = Stopwatch.GetTimestamp();
        for (int i = 0; i < 10000; i++)
        {
            long now = Stopwatch.GetTimestamp();
            if (now < last) ordered = false;
            last = now;
        }
        Check("Stopwatch timestamps never go back", ordered, "");
        Check("Stopwatch.GetElapsedTime agrees with Elapsed", Stopwatch.GetElapsedTime(last) < TimeSpan.FromSeconds(5), "");

        DateTime utc = DateTime.UtcNow;
        if (hostMs > 0)
        {
            double off = (utc - DateTime.UnixEpoch.AddMilliseconds(hostMs)).TotalSeconds;
            // From the host's reading to this one is the start of the process: generous, as a loaded machine can take
            // minutes; a wrong clock (epoch, RTC decoding, time zone) is off by hours or more.
            Check("DateTime.UtcNow matches the host's clock", off > -5 && off < 600, $"{off} s off");
        }
        Check("UtcNow is UTC", utc.Kind == DateTimeKind.Utc, "");

        var d = new DateTime(2024, 2, 29, 13, 5, 9, 123);
        foreach (string f in new[] { "o", "s", "u", "G", "g", "d", "D", "t", "T", "M", "Y", "R", "yyyy-MM-dd HH:mm:ss.fff", "dddd, MMMM d, yyyy h:mm tt", "yy/M/d H:m:s.FFF", "'at' HH\\h" })
            Console.WriteLine($"{f,-28} {d.ToString(f)}");
        Console.WriteLine($"default {d} utc-o {DateTime.SpecifyKind(d, DateTimeKind.Utc):o} interpolated {d:yyyyMMdd}");
        Console.WriteLine($"parts {d.Year} {d.Month} {d.Day} {d.Hour} {d.Minute} {d.Second} {d.Millisecond} dow {(int)d.DayOfWeek} doy {d.DayOfYear}");
        Console.WriteLine($"add {d.AddMonths(1):d} {d.AddYears(1):d} {d.AddDays(-60):d} {d.AddHours(36):G} {d.AddMonths(-14):d}");
        Console.WriteLine($"leap {DateTime.IsLeapYear(1900)} {DateTime.IsLeapYear(2000)} {DateTime.IsLeapYear(2024)} days {DateTime.DaysInMonth(2023, 2)} {DateTime.DaysInMonth(2024, 2)}");
        Console.WriteLine($"epoch {DateTime.UnixEpoch.Ticks} max {DateTime.MaxValue.Ticks} {DateTime.MaxValue:o} min {DateTime.MinValue:s}");
        Console.WriteLine($"diff {new DateTime(2026, 11, 27) - new DateTime(1999, 12, 31, 23, 59, 59)} {new DateTime(2026, 1, 1) - new DateTime(2026, 1, 1, 0, 0, 1)}");
        Console.WriteLine($"span {TimeSpan.FromSeconds(3725.5)} {TimeSpan.FromMilliseconds(1500)} {new TimeSpan(1, 2, 3, 4, 5)} {TimeSpan.FromTicks(-1)} {TimeSpan.Zero}");
        Console.WriteLine($"span parts {TimeSpan.FromMinutes(90).TotalHours} {TimeSpan.FromHours(36).Days} {TimeSpan.FromSeconds(90) * 2} {TimeSpan.FromSeconds(90) / TimeSpan.FromSeconds(30)}");
        Console.WriteLine($"compare {TimeSpan.FromSeconds(1) < TimeSpan.FromSeconds(2)} {d < d.AddTicks(1)} {d.Equals(new DateTime(d.Ticks))}");
        return s_failures;
    }

    static void Check(string what, bool ok, string detail)
    {
        if (ok) Console.WriteLine($"ok {what}");
        else
        {
            Console.WriteLine($"FAIL {what}: {detail}");
            s_failures++;
        }
    }
}

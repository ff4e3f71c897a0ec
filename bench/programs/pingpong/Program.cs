using System;
using System.Diagnostics;
using System.Threading;

// bench/kernel.sh: pingpong <round trips>. Two threads take turns under one lock with Monitor.Wait/Pulse; each
// round trip is two hand-offs. Prints the time per hand-off. Built with THREAD_STATICS (bench/programs/pingpong-tls)
// each player also counts its turns in a thread static.
static class Program
{
    static readonly object s_lock = new object();
    static int s_turn;
#if THREAD_STATICS
    [ThreadStatic] static int t_turns;
#endif

    static void Player(int me, int rounds)
    {
        for (int i = 0; i < rounds; i++)
        {
            lock (s_lock)
            {
                while (s_turn != me) Monitor.Wait(s_lock);
                s_turn = 1 - me;
#if THREAD_STATICS
                t_turns++;
#endif
                Monitor.Pulse(s_lock);
            }
        }
    }

    static int Main(string[] args)
    {
        int rounds = int.Parse(args[0]);
        var other = new Thread(() => Player(1, rounds));
        long start = Stopwatch.GetTimestamp();
        other.Start();
        Player(0, rounds);
        other.Join();
        double ns = (Stopwatch.GetTimestamp() - start) * 1e9 / Stopwatch.Frequency / (2.0 * rounds);
        Console.WriteLine($"{rounds} round trips: {(long)ns} ns per hand-off");
        return 0;
    }
}

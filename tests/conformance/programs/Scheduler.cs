using System;
using System.Collections.Generic;
using System.Linq;

namespace Programs.Scheduler;

public class Process
{
    public string Name { get; }
    public int Arrival { get; }
    public int Burst { get; }
    public int Priority { get; }
    public int Remaining { get; set; }
    public int? Start { get; set; }
    public int Finish { get; set; }
    public Process(string name, int arrival, int burst, int priority)
    {
        (Name, Arrival, Burst, Priority) = (name, arrival, burst, priority);
        Remaining = burst;
    }
    public int Turnaround => Finish - Arrival;
    public int Waiting => Turnaround - Burst;
    public Process Clone() => new(Name, Arrival, Burst, Priority);
}

public interface IScheduler
{
    string Name { get; }
    List<(int Time, string Who)> Schedule(List<Process> procs);
}

public class Fcfs : IScheduler
{
    public string Name => "FCFS";
    public List<(int, string)> Schedule(List<Process> procs)
    {
        var timeline = new List<(int, string)>();
        int t = 0;
        foreach (var p in procs.OrderBy(p => p.Arrival))
        {
            t = Math.Max(t, p.Arrival);
            p.Start = t; timeline.Add((t, p.Name)); t += p.Burst; p.Finish = t; p.Remaining = 0;
        }
        return timeline;
    }
}

public class RoundRobin : IScheduler
{
    private readonly int _quantum;
    public RoundRobin(int quantum) => _quantum = quantum;
    public string Name => $"RR(q={_quantum})";
    public List<(int, string)> Schedule(List<Process> procs)
    {
        var timeline = new List<(int, string)>();
        var pending = new Queue<Process>(procs.OrderBy(p => p.Arrival));
        var ready = new Queue<Process>();
        int t = 0;
        while (pending.Count > 0 || ready.Count > 0)
        {
            while (pending.Count > 0 && pending.Peek().Arrival <= t) ready.Enqueue(pending.Dequeue());
            if (ready.Count == 0) { t = pending.Peek().Arrival; continue; }
            var p = ready.Dequeue();
            p.Start ??= t;
            if (timeline.Count == 0 || timeline[^1].Item2 != p.Name) timeline.Add((t, p.Name));
            int run = Math.Min(_quantum, p.Remaining);
            t += run; p.Remaining -= run;
            while (pending.Count > 0 && pending.Peek().Arrival <= t) ready.Enqueue(pending.Dequeue());
            if (p.Remaining > 0) ready.Enqueue(p); else p.Finish = t;
        }
        return timeline;
    }
}

public class PriorityPreemptive : IScheduler
{
    public string Name => "Priority";
    public List<(int, string)> Schedule(List<Process> procs)
    {
        var timeline = new List<(int, string)>();
        var pq = new PriorityQueue<Process, (int, int)>();
        var byArrival = procs.OrderBy(p => p.Arrival).ToList();
        int t = 0, next = 0; string? last = null;
        while (next < byArrival.Count || pq.Count > 0)
        {
            while (next < byArrival.Count && byArrival[next].Arrival <= t) { var p = byArrival[next++]; pq.Enqueue(p, (p.Priority, p.Arrival)); }
            if (pq.Count == 0) { t = byArrival[next].Arrival; continue; }
            var cur = pq.Dequeue();
            cur.Start ??= t;
            if (last != cur.Name) { timeline.Add((t, cur.Name)); last = cur.Name; }
            t++; cur.Remaining--;
            if (cur.Remaining > 0) pq.Enqueue(cur, (cur.Priority, cur.Arrival)); else cur.Finish = t;
        }
        return timeline;
    }
}

public static class SchedulerProgram
{
    public static void Run()
    {
        var workload = new List<Process>
        {
            new("P1", 0, 8, 3), new("P2", 1, 4, 1), new("P3", 2, 9, 4), new("P4", 3, 5, 2), new("P5", 20, 2, 1),
        };
        IScheduler[] schedulers = { new Fcfs(), new RoundRobin(3), new RoundRobin(5), new PriorityPreemptive() };
        var summary = new List<(string, double, double)>();
        foreach (var s in schedulers)
        {
            var procs = workload.Select(p => p.Clone()).ToList();
            var tl = s.Schedule(procs);
            Console.WriteLine($"{s.Name}: " + string.Join(" ", tl.Select(e => $"{e.Time}:{e.Who}")));
            foreach (var p in procs.OrderBy(p => p.Name))
                Console.WriteLine($"   {p.Name} start={p.Start,2} finish={p.Finish,2} turnaround={p.Turnaround,2} wait={p.Waiting,2}");
            summary.Add((s.Name, procs.Average(p => p.Waiting), procs.Average(p => (double)p.Turnaround)));
        }
        Console.WriteLine($"{"scheduler",-10}|{"avg wait",9}|{"avg tat",9}");
        foreach (var (name, w, tat) in summary.OrderBy(x => x.Item2))
            Console.WriteLine($"{name,-10}|{w,9:F2}|{tat,9:F2}");
        var best = summary.MinBy(x => x.Item2);
        Console.WriteLine($"best: {best.Item1} ({best})");
    }
}

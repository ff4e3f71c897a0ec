using System;
using System.Collections.Generic;
using System.Linq;

namespace Programs.Grades;

public record Student(int Id, string Name, string House);
public record Score(int StudentId, string Subject, int Points);

public static class GradesProgram
{
    static char Letter(double avg) => avg switch
    {
        >= 90 => 'A',
        >= 80 => 'B',
        >= 70 => 'C',
        >= 60 => 'D',
        _ => 'F',
    };

    public static void Run()
    {
        var students = new List<Student>
        {
            new(1, "Ada", "Red"), new(2, "Brian", "Blue"), new(3, "Chen", "Red"), new(4, "Dina", "Green"),
            new(5, "Emil", "Blue"), new(6, "Fay", "Green"), new(7, "Gus", "Red"),
        };
        string[] subjects = { "Math", "Physics", "History", "Art" };
        int[,] raw =
        {
            { 95, 88, 72, 60 }, { 64, 70, 58, 91 }, { 88, 92, 85, 79 }, { 45, 55, 68, 99 },
            { 77, 81, 90, 66 }, { 100, 97, 94, 89 }, { 59, 61, 40, 73 },
        };
        var scores = new List<Score>();
        for (int s = 0; s < students.Count; s++)
            for (int j = 0; j < subjects.Length; j++)
                scores.Add(new Score(students[s].Id, subjects[j], raw[s, j]));

        var report = from st in students
                     join sc in scores on st.Id equals sc.StudentId into mine
                     let avg = mine.Average(x => x.Points)
                     orderby avg descending, st.Name
                     select new { st.Name, st.House, Avg = avg, Best = mine.MaxBy(x => x.Points)!.Subject, Min = mine.Min(x => x.Points) };
        Console.WriteLine($"{"#",2} {"Name",-6} {"House",-6} {"Avg",6} {"Gr",2} {"Best",-8} {"Min",3}");
        foreach (var (r, i) in report.Select((r, i) => (r, i + 1)))
            Console.WriteLine($"{i,2} {r.Name,-6} {r.House,-6} {r.Avg,6:F2} {Letter(r.Avg),2} {r.Best,-8} {r.Min,3}");

        Console.WriteLine();
        foreach (var subj in subjects)
        {
            var pts = scores.Where(s => s.Subject == subj).Select(s => s.Points).ToList();
            double mean = pts.Average();
            double sd = Math.Sqrt(pts.Select(p => Math.Pow(p - mean, 2)).Sum() / (pts.Count - 1));
            var sortedPts = pts.OrderBy(p => p).ToArray();
            Console.WriteLine($"{subj,-8} mean {mean,6:F2} sd {sd,6:F3} median {sortedPts[sortedPts.Length / 2],3} range {sortedPts[0]}-{sortedPts[^1]} pass {pts.Count(p => p >= 60) / (double)pts.Count:P0}");
        }

        var houses = scores.Join(students, sc => sc.StudentId, st => st.Id, (sc, st) => (st.House, sc.Points))
                           .GroupBy(x => x.House)
                           .Select(g => (House: g.Key, Total: g.Sum(x => x.Points), Avg: g.Average(x => x.Points)))
                           .OrderByDescending(h => h.Avg);
        Console.WriteLine("houses: " + string.Join(" | ", houses.Select(h => $"{h.House} {h.Total} ({h.Avg:0.0})")));

        var distribution = scores.GroupBy(s => Letter(s.Points)).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());
        Console.WriteLine("letters: " + string.Join(", ", distribution.Select(kv => $"{kv.Key}={kv.Value}")));
        var improved = students.Zip(students.Skip(1), (a, b) => $"{a.Name}->{b.Name}");
        Console.WriteLine(string.Join(" ", improved.Take(3)));
        var top2 = scores.GroupBy(s => s.Subject).Select(g => g.Key + ":" + string.Join("/", g.OrderByDescending(s => s.Points).Take(2).Select(s => students.Single(st => st.Id == s.StudentId).Name)));
        Console.WriteLine(string.Join("  ", top2));
        bool anyPerfect = scores.Any(s => s.Points == 100), allPass = scores.All(s => s.Points >= 40);
        int total = scores.Aggregate(0, (acc, s) => acc + s.Points);
        Console.WriteLine($"perfect={anyPerfect} allAbove40={allPass} total={total} distinctPoints={scores.Select(s => s.Points).Distinct().Count()}");
        var chunks = students.Select(s => s.Name).Chunk(3).Select(c => "[" + string.Join(",", c) + "]");
        Console.WriteLine(string.Join(" ", chunks));
        Console.WriteLine($"skipwhile: {string.Join(",", scores.Select(s => s.Points).SkipWhile(p => p > 60).TakeWhile(p => p < 90).Take(5))}");
    }
}

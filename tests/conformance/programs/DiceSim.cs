using System;
using System.Collections.Generic;
using System.Linq;

namespace Programs.DiceSim;

public interface IPlayer
{
    string Name { get; }
    bool WantsToRoll(int turnTotal, int score);
}

public class Cautious : IPlayer
{
    public string Name => "Cautious";
    public bool WantsToRoll(int turnTotal, int score) => turnTotal < 12;
}

public class Greedy : IPlayer
{
    public string Name => "Greedy";
    public bool WantsToRoll(int turnTotal, int score) => turnTotal < 25 && score + turnTotal < 100;
}

public class Adaptive : IPlayer
{
    public string Name => "Adaptive";
    public bool WantsToRoll(int turnTotal, int score) => turnTotal < (score > 70 ? 8 : 20);
}

public static class DiceSimProgram
{
    // Game of Pig: roll until you stop or roll a 1 (lose the turn's points). First to 100 wins.
    static (int Winner, int Turns) Play(IPlayer[] players, Random rng)
    {
        var scores = new int[players.Length];
        int turns = 0;
        while (true)
        {
            for (int p = 0; p < players.Length; p++)
            {
                turns++;
                int turn = 0;
                while (players[p].WantsToRoll(turn, scores[p]))
                {
                    int die = rng.Next(1, 7);
                    if (die == 1) { turn = 0; break; }
                    turn += die;
                }
                scores[p] += turn;
                if (scores[p] >= 100) return (p, turns);
            }
        }
    }

    public static void Run()
    {
        var rng = new Random(12345);
        Console.WriteLine("first rolls: " + string.Join(" ", Enumerable.Range(0, 12).Select(_ => rng.Next(1, 7))));
        Console.WriteLine($"next: {rng.Next()} {rng.Next(100)} {rng.NextDouble():F6} {rng.Next(-5, 5)}");
        var histogram = new int[13];
        var r2 = new Random(7);
        for (int i = 0; i < 3600; i++) histogram[r2.Next(1, 7) + r2.Next(1, 7)]++;
        for (int s = 2; s <= 12; s++)
            Console.WriteLine($"{s,2} {histogram[s],4} {new string('*', histogram[s] / 20)}");
        double expected = Enumerable.Range(2, 11).Sum(s => s * histogram[s]) / 3600.0;
        Console.WriteLine($"mean {expected:F3}");

        IPlayer[] players = { new Cautious(), new Greedy(), new Adaptive() };
        var wins = players.ToDictionary(p => p.Name, _ => 0);
        var game = new Random(2024);
        int totalTurns = 0;
        const int games = 500;
        for (int i = 0; i < games; i++)
        {
            var (w, t) = Play(players, game);
            wins[players[w].Name]++;
            totalTurns += t;
        }
        foreach (var (name, count) in wins.OrderByDescending(kv => kv.Value))
            Console.WriteLine($"{name,-9} {count,4} wins {(double)count / games,7:P1}");
        Console.WriteLine($"average game length {totalTurns / (double)games:F2} turns");

        var deck = Enumerable.Range(1, 10).ToArray();
        new Random(99).Shuffle(deck);
        Console.WriteLine("shuffled: " + string.Join(",", deck));
        var pick = new Random(5);
        string[] names = { "ann", "bob", "cy", "dee" };
        Console.WriteLine("picks: " + string.Join(" ", Enumerable.Range(0, 6).Select(_ => names[pick.Next(names.Length)])));
        var bytes = new byte[6];
        new Random(1).NextBytes(bytes);
        Console.WriteLine("bytes: " + BitConverter.ToString(bytes));
    }
}

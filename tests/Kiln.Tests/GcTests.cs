namespace Kiln.Tests;

[Collection("e2e")]
public sealed class GcTests
{
    // 800 MiB through a heap of 8 MiB (less on kvm, where the image and stack share the memory): 100x and more.
    private static readonly string[] s_stressArgs = ["800"];
    private static readonly Lazy<string> s_dotnetStress = new(() => Harness.RunOnDotnet("examples/gc-stress", s_stressArgs));

    [Theory]
    [InlineData("linuxu")]
    [InlineData("microvm")]
    public void GcStress_AllocatesFarMoreThanTheHeap_KeepsTheLiveSetAndStaysFlat(string platform)
    {
        Harness.AssertPrintsWhatDotnetPrints(s_dotnetStress.Value, "memory after the run: within 2x of the live set", "examples/gc-stress", platform, ["--mem", "8M", "--", .. s_stressArgs]);
    }

    [Theory]
    [InlineData("linuxu")]
    [InlineData("microvm")]
    public void AllocLibTests_Pass(string platform)
    {
        var r = Harness.Kiln(null, ["run", "guest/lib/alloc/tests", .. Harness.PlatformArgs(platform), "--mem", "8M"]);
        Assert.True(r.ExitCode == 0, r.ToString());
        string[] lines = r.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(10, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("ok ", l));
    }

    [Theory]
    [InlineData("linuxu")]
    [InlineData("microvm")]
    public void OutOfMemory_PanicsWithHeapStatistics(string platform)
    {
        var r = Harness.Kiln(null, ["run", "examples/panic", .. Harness.PlatformArgs(platform), "--mem", "4M", "--", "oom"]);
        Assert.True(r.ExitCode == 101, r.ToString());
        string[] lines = r.Stdout.Split('\n');
        Assert.Matches(@"^panic: out of memory \(requested \d+ bytes; heap \d+ bytes, \d+ live, largest free run \d+ bytes, [1-9]\d* collections, allocator mark-sweep\)$", lines[1]);
        Assert.StartsWith("  at Program.ExhaustHeap+0x", lines[2]);
    }

    // The same program under both allocators: bump never frees, so it runs out where mark-sweep does not.
    [Theory]
    [InlineData("mark-sweep", 0)]
    [InlineData("bump", 101)]
    public void AllocatorOption_ChangesWhetherMemoryIsReused(string allocator, int status)
    {
        string dir = Harness.NewApp("allocator-" + allocator, $"libs:\n  alloc:\n    allocator: {allocator}\n", """
            using System;
            static class Program
            {
                static byte[] s_last;   // an array that escapes cannot live on the stack: ilc would put it there

                static int Main()
                {
                    long sum = 0;
                    for (int i = 0; i < 100_000; i++) sum += (s_last = new byte[1000]).Length;   // about 100 MB of garbage
                    Console.WriteLine($"{sum} bytes, collections: {GC.CollectionCount(0) > 0}");
                    return 0;
                }
            }
            """);
        var r = Harness.Kiln(null, ["run", dir, "--plat", "linuxu", "--mem", "16M"]);
        Assert.True(r.ExitCode == status, r.ToString());
        if (status == 0) Assert.Equal("100000000 bytes, collections: True\n", r.Stdout);
        else Assert.Contains("panic: out of memory", r.Stdout);
        Assert.Contains($"allocator={allocator}", Harness.Kiln(null, "inspect", dir, "--plat", "linuxu").Stdout);
    }

    // RAM the memory map calls free may still hold what firmware left there: on q35, SeaBIOS keeps tables at the top
    // of RAM. The allocators must clear it; before they did, a lock record came back with a stale owner.
    private const string FreshObjects = """
        using System;
        using System.Collections.Generic;
        static class Program
        {
            sealed class Node { public long A, B; public Node Next; }

            // Fills the heap (up to the budget in KiB, or its first collection) and checks that every new object is zero.
            static int Main(string[] args)
            {
                long budget = long.Parse(args[0]) * 1024;
                var keep = new List<byte[]>();
                Node nodes = null;
                int dirty = 0, rounds = 0;
                while (GC.CollectionCount(0) == 0 && GC.GetTotalMemory(false) < budget)
                {
                    byte[] a = new byte[2000];
                    for (int k = 0; k < a.Length; k++) if (a[k] != 0) { dirty++; break; }
                    keep.Add(a);
                    for (int k = 0; k < 10; k++)
                    {
                        var n = new Node();
                        if (n.A != 0 || n.B != 0 || n.Next != null) dirty++;
                        n.Next = nodes;
                        nodes = n;
                    }
                    rounds++;
                }
                Console.WriteLine(dirty == 0 ? "every new object is zero" : $"{dirty} new objects were not zero");
                return rounds > 500 ? 0 : 2;
            }
        }
        """;

    [Theory]
    [InlineData("mark-sweep", "q35", "100000")]
    [InlineData("mark-sweep", "microvm", "100000")]
    [InlineData("mark-sweep", "linuxu", "100000")]
    [InlineData("bump", "q35", "2600")]
    public void NewObjectsAreZero_EvenWhereFirmwareLeftDataInRam(string allocator, string platform, string budgetKib)
    {
        string dir = Harness.NewApp("fresh-" + allocator, $"libs:\n  alloc:\n    allocator: {allocator}\n", FreshObjects);
        var r = Harness.Kiln(null, ["run", dir, .. Harness.PlatformArgs(platform), "--mem", "4M", "--", budgetKib]);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("every new object is zero\n", r.Stdout);
    }
}

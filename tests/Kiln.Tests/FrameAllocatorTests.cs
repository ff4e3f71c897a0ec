using System.Runtime.InteropServices;
using Kiln.Platform.Kvm;

namespace Kiln.Tests;

// The kvm platform's page-frame allocator (guest/plat/kvm/FrameAllocator.cs), compiled into this project and run
// on memory from the host: the bitmap logic without a VM.
public sealed unsafe class FrameAllocatorTests : IDisposable
{
    private const ulong Frame = FrameAllocator.FrameSize;
    private const ulong MiB = 1 << 20;
    private readonly ulong* _bitmap;
    private FrameAllocator _frames;

    public FrameAllocatorTests()
    {
        _bitmap = (ulong*)NativeMemory.Alloc((nuint)FrameAllocator.BitmapBytes(64 * MiB));
        _frames.Initialize(_bitmap, 64 * MiB);
    }

    public void Dispose() => NativeMemory.Free(_bitmap);

    [Fact]
    public void OnlyRamTheMapNamesIsFree()
    {
        Assert.Equal(0UL, _frames.Allocate(1));
        _frames.AddRam(0, 640 * 1024);                    // frame 0 is never handed out
        _frames.AddRam(MiB + 100, 8 * MiB);              // a partial first frame is not RAM
        Assert.Equal(159UL + (7 * MiB / Frame - 1), _frames.FreeFrames);
        Assert.Equal(_frames.FreeFrames, _frames.RamFrames);
        _frames.Reserve(0, 2 * MiB);                      // low memory and the image
        Assert.Equal(6 * MiB / Frame, _frames.FreeFrames);
        Assert.Equal(2 * MiB, _frames.Allocate(1));
    }

    [Fact]
    public void RunsAreContiguousAndNeverOverlap()
    {
        _frames.AddRam(MiB, 5 * MiB);
        ulong a = _frames.Allocate(10), b = _frames.Allocate(300), c = _frames.Allocate(1);
        var taken = new[] { (a, 10UL), (b, 300UL), (c, 1UL) };
        foreach (var (start, count) in taken)
        {
            Assert.True(start >= MiB && start + count * Frame <= 5 * MiB);
            foreach (var (other, otherCount) in taken)
                if (other != start) Assert.True(start + count * Frame <= other || other + otherCount * Frame <= start);
        }
        Assert.Equal(4 * MiB / Frame - 311, _frames.FreeFrames);
    }

    [Fact]
    public void FreedFramesCoalesceIntoLongerRuns()
    {
        _frames.AddRam(MiB, 2 * MiB);                      // 256 frames
        var singles = new List<ulong>();
        for (int i = 0; i < 256; i++) singles.Add(_frames.Allocate(1));
        Assert.Equal(0UL, _frames.Allocate(1));
        Assert.Equal(0UL, _frames.LargestFreeRun(out _));
        for (int i = 100; i < 200; i++) Assert.True(_frames.Free(singles[i], 1));
        Assert.Equal(0UL, _frames.Allocate(101));
        Assert.Equal(100UL, _frames.LargestFreeRun(out ulong start));
        Assert.Equal(singles[100], start);
        Assert.Equal(singles[100], _frames.Allocate(100));
    }

    [Fact]
    public void DoubleAndForeignFreesAreRefused()
    {
        _frames.AddRam(MiB, 2 * MiB);
        ulong a = _frames.Allocate(4);
        Assert.True(_frames.Free(a, 4));
        Assert.False(_frames.Free(a, 4));
        Assert.False(_frames.Free(a + 1, 1));              // not frame-aligned
        Assert.False(_frames.Free(100 * MiB, 1));          // beyond the bitmap
        Assert.Equal(MiB / Frame, _frames.FreeFrames);
    }

    [Fact]
    public void NextFitWrapsAroundToFreedSpace()
    {
        _frames.AddRam(MiB, 2 * MiB);
        ulong first = _frames.Allocate(128);
        ulong second = _frames.Allocate(128);
        Assert.Equal(0UL, _frames.Allocate(1));
        Assert.True(_frames.Free(first, 128));
        Assert.Equal(first, _frames.Allocate(64));         // the search wraps from the end back to the start
        Assert.True(second > first);
    }

    [Fact]
    public void WholeWordsOfUsedFramesAreSkippedCorrectly()
    {
        _frames.AddRam(0, 64 * MiB);
        _frames.Reserve(0, 64 * MiB - 3 * Frame);          // frame 0 was never free          // only the last three frames stay free
        Assert.Equal(3UL, _frames.FreeFrames);
        Assert.Equal(64 * MiB - 3 * Frame, _frames.Allocate(3));
        Assert.Equal(0UL, _frames.Allocate(1));
    }

    [Fact]
    public void RunsAcrossWordBoundariesAreCountedExactly()
    {
        _frames.AddRam(61 * Frame, 300 * Frame);            // frames 61..299: starts and ends inside bitmap words
        Assert.Equal(239UL, _frames.FreeFrames);
        ulong a = _frames.Allocate(70);                     // 61..130 spans three words
        Assert.Equal(61 * Frame, a);
        _frames.Reserve(200 * Frame + 1, 201 * Frame);      // one frame, by a range that only touches it
        Assert.Equal(239UL - 70 - 1, _frames.FreeFrames);
        Assert.Equal(99UL, _frames.LargestFreeRun(out ulong start));
        Assert.Equal(201 * Frame, start);
        Assert.True(_frames.Free(a + 10 * Frame, 60));
        Assert.False(_frames.Free(a, 11));                  // frame 71 is free again
        Assert.True(_frames.Free(a, 10));
        Assert.Equal(238UL, _frames.FreeFrames);
    }
}

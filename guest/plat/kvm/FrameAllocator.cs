namespace Kiln.Platform.Kvm
{
    // Physical memory in 4 KiB frames (docs/boot.md, "Memory"): a bitmap with one bit per frame below the highest
    // RAM address it covers, set when the frame is in use or is not RAM. Every frame starts used; AddRam frees the
    // frames the memory map calls RAM, Reserve takes back what the image and the bitmap occupy. Allocation is next
    // fit over runs of free frames and skips full words 64 frames at a time. Pure logic on memory it is handed, so
    // tests/Kiln.Tests compiles this file too and tests it on the host.
    internal unsafe struct FrameAllocator
    {
        public const ulong FrameSize = 4096;

        private ulong* _bitmap;
        private ulong _frames;      // frames the bitmap covers
        private ulong _free;
        private ulong _ram;
        private ulong _hint;        // where the next search starts

        public ulong FreeFrames => _free;
        public ulong RamFrames => _ram;

        // Bytes of bitmap needed to cover physical addresses below top.
        public static ulong BitmapBytes(ulong top) => (top / FrameSize + 63) / 64 * 8;

        public void Initialize(ulong* bitmap, ulong top)
        {
            _bitmap = bitmap;
            _frames = top / FrameSize;
            for (ulong w = 0; w < (_frames + 63) / 64; w++) bitmap[w] = ~0UL;
            _free = _ram = _hint = 0;
        }

        // Frees the whole frames inside [start, end): RAM the memory map hands over. Frame 0 stays used: address 0
        // is Allocate's failure value (and page 0 is unmapped anyway).
        public void AddRam(ulong start, ulong end)
        {
            ulong first = (start + FrameSize - 1) / FrameSize, last = end / FrameSize;
            if (first == 0) first = 1;
            if (last > _frames) last = _frames;
            if (first >= last) return;
            ulong freed = SetRange(first, last, used: false);
            _free += freed;
            _ram += freed;
        }

        // Marks every frame that overlaps [start, end) used: memory that is RAM but already taken.
        public void Reserve(ulong start, ulong end)
        {
            ulong first = start / FrameSize, last = (end + FrameSize - 1) / FrameSize;
            if (last > _frames) last = _frames;
            if (first < last) _free -= SetRange(first, last, used: true);
        }

        // The physical address of count contiguous free frames, now used; 0 when no run is long enough.
        public ulong Allocate(ulong count)
        {
            if (count == 0 || count > _free) return 0;
            ulong run = FindRun(_hint, _frames, count);
            if (run == ulong.MaxValue) run = FindRun(0, _hint + count < _frames ? _hint + count : _frames, count);
            if (run == ulong.MaxValue) return 0;
            SetRange(run, run + count, used: true);
            _free -= count;
            _hint = run + count;
            return run * FrameSize;
        }

        // Gives back count frames from address. False (and nothing changes) when any of them is not in use:
        // a double free or a frame that was never allocated.
        public bool Free(ulong address, ulong count)
        {
            ulong first = address / FrameSize;
            if (address % FrameSize != 0 || count == 0 || first + count > _frames) return false;
            if (NextFree(first, first + count) != first + count) return false;
            SetRange(first, first + count, used: false);
            _free += count;
            return true;
        }

        // The longest run of free frames: its length, and its first frame's address in start.
        public ulong LargestFreeRun(out ulong start)
        {
            ulong best = 0, bestStart = 0, f = 0;
            while (f < _frames)
            {
                f = NextFree(f, _frames);
                if (f == _frames) break;
                ulong runStart = f;
                f = NextUsed(f, _frames);
                if (f - runStart > best) { best = f - runStart; bestStart = runStart; }
            }
            start = bestStart * FrameSize;
            return best;
        }

        // First frame of count free ones in [from, limit), or ulong.MaxValue.
        private ulong FindRun(ulong from, ulong limit, ulong count)
        {
            ulong f = from;
            while (true)
            {
                f = NextFree(f, limit);
                if (f + count > limit) return ulong.MaxValue;
                ulong used = NextUsed(f, f + count);
                if (used == f + count) return f;
                f = used;
            }
        }

        // The first free frame in [f, limit), or limit; whole words of used frames are skipped at once.
        private ulong NextFree(ulong f, ulong limit)
        {
            while (f < limit)
            {
                if (f % 64 == 0 && _bitmap[f / 64] == ~0UL) { f += 64; continue; }
                if (!IsUsed(f)) return f;
                f++;
            }
            return limit;
        }

        // The first used frame in [f, limit), or limit; whole words of free frames are skipped at once.
        private ulong NextUsed(ulong f, ulong limit)
        {
            while (f < limit)
            {
                if (f % 64 == 0 && _bitmap[f / 64] == 0) { f += 64; continue; }
                if (IsUsed(f)) return f;
                f++;
            }
            return limit;
        }

        private bool IsUsed(ulong f) => (_bitmap[f / 64] & (1UL << (int)(f % 64))) != 0;

        // Marks frames [first, end) used or free a word at a time; returns how many of them changed.
        private ulong SetRange(ulong first, ulong end, bool used)
        {
            ulong changed = 0;
            for (ulong f = first; f < end;)
            {
                int bit = (int)(f % 64);
                ulong n = end - f < (ulong)(64 - bit) ? end - f : (ulong)(64 - bit);
                ulong mask = (n == 64 ? ~0UL : (1UL << (int)n) - 1) << bit;
                ulong old = _bitmap[f / 64];
                ulong now = used ? old | mask : old & ~mask;
                _bitmap[f / 64] = now;
                changed += PopCount(old ^ now);
                f += n;
            }
            return changed;
        }

        private static ulong PopCount(ulong v)
        {
            v -= (v >> 1) & 0x5555555555555555UL;
            v = (v & 0x3333333333333333UL) + ((v >> 2) & 0x3333333333333333UL);
            v = (v + (v >> 4)) & 0x0F0F0F0F0F0F0F0FUL;
            return (v * 0x0101010101010101UL) >> 56;
        }
    }
}

namespace System
{
    // A seeded Random gives .NET's sequence for the same seed: .NET keeps Knuth's subtractive generator (its
    // "Net5CompatSeedImpl") for seeded instances. Unseeded instances use the same generator with a seed from the
    // clock; their values are not meant to repeat anyway.
    public class Random
    {
        private readonly int[] _seedArray = new int[56];
        private int _inext;
        private int _inextp;

        private static Random s_shared;
        public static Random Shared => s_shared ??= new Random();

        public Random() : this((int)(Kiln.Runtime.Platform.MonotonicNs() ^ (Kiln.Runtime.Platform.WallNs() >> 10))) { }

        public Random(int Seed)
        {
            int[] seedArray = _seedArray;
            int subtraction = Seed == int.MinValue ? int.MaxValue : (Seed < 0 ? -Seed : Seed);
            int mj = 161803398 - subtraction;
            seedArray[55] = mj;
            int mk = 1;
            int ii = 0;
            for (int i = 1; i < 55; i++)
            {
                if ((ii += 21) >= 55) ii -= 55;
                seedArray[ii] = mk;
                mk = mj - mk;
                if (mk < 0) mk += int.MaxValue;
                mj = seedArray[ii];
            }
            for (int k = 1; k < 5; k++)
            {
                for (int i = 1; i < 56; i++)
                {
                    int n = i + 30;
                    if (n >= 55) n -= 55;
                    seedArray[i] -= seedArray[1 + n];
                    if (seedArray[i] < 0) seedArray[i] += int.MaxValue;
                }
            }
            _inext = 0;
            _inextp = 21;
        }

        private int InternalSample()
        {
            int locINext = _inext;
            if (++locINext >= 56) locINext = 1;
            int locINextp = _inextp;
            if (++locINextp >= 56) locINextp = 1;
            int retVal = _seedArray[locINext] - _seedArray[locINextp];
            if (retVal == int.MaxValue) retVal--;
            if (retVal < 0) retVal += int.MaxValue;
            _seedArray[locINext] = retVal;
            _inext = locINext;
            _inextp = locINextp;
            return retVal;
        }

        protected virtual double Sample() => InternalSample() * (1.0 / int.MaxValue);

        private double GetSampleForLargeRange()
        {
            int result = InternalSample();
            if (InternalSample() % 2 == 0) result = -result;
            double d = result;
            d += int.MaxValue - 1;
            d /= 2.0 * int.MaxValue - 1;
            return d;
        }

        public virtual int Next() => InternalSample();

        public virtual int Next(int maxValue)
        {
            if (maxValue < 0) throw new ArgumentOutOfRangeException("maxValue", "'maxValue' must be greater than zero.");
            return (int)(Sample() * maxValue);
        }

        public virtual int Next(int minValue, int maxValue)
        {
            if (minValue > maxValue)
                throw new ArgumentOutOfRangeException("minValue", "'minValue' cannot be greater than maxValue.");
            long range = (long)maxValue - minValue;
            return range <= int.MaxValue
                ? (int)(Sample() * range) + minValue
                : (int)((long)(GetSampleForLargeRange() * range) + minValue);
        }

        public virtual double NextDouble() => Sample();

        public virtual float NextSingle()
        {
            while (true)
            {
                float f = (float)Sample();
                if (f < 1.0f) return f;
            }
        }

        public virtual void NextBytes(byte[] buffer)
        {
            if (buffer == null) ThrowHelpers.ThrowArgumentNull("buffer");
            for (int i = 0; i < buffer.Length; i++) buffer[i] = (byte)InternalSample();
        }

        public void Shuffle<T>(T[] values)
        {
            if (values == null) ThrowHelpers.ThrowArgumentNull("values");
            int n = values.Length;
            for (int i = 0; i < n - 1; i++)
            {
                int j = Next(i, n);
                if (j != i) { T t = values[i]; values[i] = values[j]; values[j] = t; }
            }
        }
    }
}

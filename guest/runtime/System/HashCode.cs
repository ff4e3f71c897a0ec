namespace System
{
    // xxHash32 over 32-bit inputs, the algorithm .NET's HashCode uses. The seed is per boot (from the clock), as
    // .NET's is per process, so hash values must not be persisted or printed by programs that expect stable output.
    public struct HashCode
    {
        private static readonly uint s_seed = (uint)Kiln.Runtime.Platform.MonotonicNs() * 2654435761U ^ (uint)(Kiln.Runtime.Platform.WallNs() >> 7);

        private const uint Prime1 = 2654435761U;
        private const uint Prime2 = 2246822519U;
        private const uint Prime3 = 3266489917U;
        private const uint Prime4 = 668265263U;
        private const uint Prime5 = 374761393U;

        private uint _v1, _v2, _v3, _v4;
        private uint _queue1, _queue2, _queue3;
        private uint _length;

        private static uint Rol(uint v, int n) => (v << n) | (v >> (32 - n));
        private static uint Round(uint hash, uint input) => Rol(hash + input * Prime2, 13) * Prime1;
        private static uint QueueRound(uint hash, uint queued) => Rol(hash + queued * Prime3, 17) * Prime4;
        private static uint MixState(uint v1, uint v2, uint v3, uint v4) => Rol(v1, 1) + Rol(v2, 7) + Rol(v3, 12) + Rol(v4, 18);
        private static uint MixEmptyState() => s_seed + Prime5;

        private static void Initialize(out uint v1, out uint v2, out uint v3, out uint v4)
        {
            v1 = s_seed + Prime1 + Prime2;
            v2 = s_seed + Prime2;
            v3 = s_seed;
            v4 = s_seed - Prime1;
        }

        private static uint MixFinal(uint hash)
        {
            hash ^= hash >> 15;
            hash *= Prime2;
            hash ^= hash >> 13;
            hash *= Prime3;
            hash ^= hash >> 16;
            return hash;
        }

        private static uint H<T>(T value) => (uint)(value?.GetHashCode() ?? 0);

        public static int Combine<T1>(T1 value1)
        {
            uint hash = MixEmptyState() + 4;
            hash = QueueRound(hash, H(value1));
            return (int)MixFinal(hash);
        }

        public static int Combine<T1, T2>(T1 value1, T2 value2)
        {
            uint hash = MixEmptyState() + 8;
            hash = QueueRound(hash, H(value1));
            hash = QueueRound(hash, H(value2));
            return (int)MixFinal(hash);
        }

        public static int Combine<T1, T2, T3>(T1 value1, T2 value2, T3 value3)
        {
            uint hash = MixEmptyState() + 12;
            hash = QueueRound(hash, H(value1));
            hash = QueueRound(hash, H(value2));
            hash = QueueRound(hash, H(value3));
            return (int)MixFinal(hash);
        }

        public static int Combine<T1, T2, T3, T4>(T1 value1, T2 value2, T3 value3, T4 value4) =>
            Full(H(value1), H(value2), H(value3), H(value4), 0, 0, 0, 4);

        public static int Combine<T1, T2, T3, T4, T5>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5) =>
            Full(H(value1), H(value2), H(value3), H(value4), H(value5), 0, 0, 5);

        public static int Combine<T1, T2, T3, T4, T5, T6>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5, T6 value6) =>
            Full(H(value1), H(value2), H(value3), H(value4), H(value5), H(value6), 0, 6);

        public static int Combine<T1, T2, T3, T4, T5, T6, T7>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5, T6 value6, T7 value7) =>
            Full(H(value1), H(value2), H(value3), H(value4), H(value5), H(value6), H(value7), 7);

        // Four values fill one stripe; up to three more are folded in one at a time.
        private static int Full(uint a, uint b, uint c, uint d, uint e, uint f, uint g, int count)
        {
            Initialize(out uint v1, out uint v2, out uint v3, out uint v4);
            v1 = Round(v1, a);
            v2 = Round(v2, b);
            v3 = Round(v3, c);
            v4 = Round(v4, d);
            uint hash = MixState(v1, v2, v3, v4) + (uint)count * 4;
            if (count > 4) hash = QueueRound(hash, e);
            if (count > 5) hash = QueueRound(hash, f);
            if (count > 6) hash = QueueRound(hash, g);
            return (int)MixFinal(hash);
        }

        public void Add<T>(T value) => AddHash(H(value));

        public void Add<T>(T value, Collections.Generic.IEqualityComparer<T> comparer) =>
            AddHash(value is null ? 0 : (uint)(comparer?.GetHashCode(value) ?? value.GetHashCode()));

        private void AddHash(uint val)
        {
            uint previousLength = _length++;
            uint position = previousLength % 4;
            if (position == 0) _queue1 = val;
            else if (position == 1) _queue2 = val;
            else if (position == 2) _queue3 = val;
            else
            {
                if (previousLength == 3) Initialize(out _v1, out _v2, out _v3, out _v4);
                _v1 = Round(_v1, _queue1);
                _v2 = Round(_v2, _queue2);
                _v3 = Round(_v3, _queue3);
                _v4 = Round(_v4, val);
            }
        }

        public int ToHashCode()
        {
            uint length = _length;
            uint position = length % 4;
            uint hash = length < 4 ? MixEmptyState() : MixState(_v1, _v2, _v3, _v4);
            hash += length * 4;
            if (position > 0)
            {
                hash = QueueRound(hash, _queue1);
                if (position > 1)
                {
                    hash = QueueRound(hash, _queue2);
                    if (position > 2) hash = QueueRound(hash, _queue3);
                }
            }
            return (int)MixFinal(hash);
        }
    }
}

using Kiln.Runtime;
using Kiln.Sched;

namespace System.Threading
{
    // lock/Monitor: a lock record per object that is locked or waited on, found in a small hash table by the
    // object's address (objects never move). A record holds its object until nobody owns or waits on it.
    // Threads that cannot enter block on the record; threads in Wait block on its Condition.
    public static class Monitor
    {
        private sealed class LockRecord
        {
            public object Target;
            public Thread Owner;
            public int Recursion;
            public int Entering;
            public int Waiting;
            public LockRecord Next;
            public readonly WaitQueue Entry = new WaitQueue();
            public readonly WaitQueue Condition = new WaitQueue();
        }

        private const int Buckets = 64;
        private static readonly LockRecord[] s_table = new LockRecord[Buckets];

        private static int Bucket(object obj) => (System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj) & 0x7FFFFFFF) % Buckets;

        private static LockRecord Find(object obj)
        {
            for (LockRecord r = s_table[Bucket(obj)]; r != null; r = r.Next) if (r.Target == obj) return r;
            return null;
        }

        // Allocates outside the critical section; another thread may have added the record meanwhile.
        private static LockRecord FindOrAdd(object obj)
        {
            Preemption.Disable();
            LockRecord r = Find(obj);
            Preemption.Enable();
            if (r != null) return r;
            var created = new LockRecord { Target = obj };
            Preemption.Disable();
            r = Find(obj);
            if (r == null)
            {
                int b = Bucket(obj);
                created.Next = s_table[b];
                s_table[b] = created;
                r = created;
            }
            Preemption.Enable();
            return r;
        }

        private static void RemoveIfIdle(LockRecord r)
        {
            if (r.Owner != null || r.Entering != 0 || r.Waiting != 0) return;
            int b = Bucket(r.Target);
            if (s_table[b] == r) s_table[b] = r.Next;
            else for (LockRecord p = s_table[b]; p != null; p = p.Next) if (p.Next == r) { p.Next = r.Next; break; }
            r.Target = null;
        }

        public static void Enter(object obj)
        {
            if (obj == null) throw new ArgumentNullException(); // .NET names no parameter here
            Thread me = Thread.CurrentThread;
            while (true)
            {
                LockRecord r = FindOrAdd(obj);
                Preemption.Disable();
                if (r.Target != obj) { Preemption.Enable(); continue; } // removed meanwhile: find it again
                Acquire(r, me, 0);
                Preemption.Enable();
                return;
            }
        }

        public static void Enter(object obj, ref bool lockTaken)
        {
            if (lockTaken) throw new ArgumentException("The lockTaken argument must be false.", nameof(lockTaken));
            Enter(obj);
            lockTaken = true;
        }

        public static bool TryEnter(object obj) => TryEnter(obj, 0);

        public static bool TryEnter(object obj, int millisecondsTimeout)
        {
            if (obj == null) throw new ArgumentNullException();
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException(nameof(millisecondsTimeout));
            Thread me = Thread.CurrentThread;
            long deadline = Deadline(millisecondsTimeout);
            while (true)
            {
                LockRecord r = FindOrAdd(obj);
                Preemption.Disable();
                if (r.Target != obj) { Preemption.Enable(); continue; }
                bool taken = Acquire(r, me, deadline);
                if (!taken) RemoveIfIdle(r);
                Preemption.Enable();
                return taken;
            }
        }

        public static void TryEnter(object obj, ref bool lockTaken)
        {
            if (lockTaken) throw new ArgumentException("The lockTaken argument must be false.", nameof(lockTaken));
            lockTaken = TryEnter(obj);
        }

        // With preemption disabled. deadline: 0 = wait for ever; otherwise monotonic ns (a past one means "don't wait").
        private static bool Acquire(LockRecord r, Thread me, long deadline)
        {
            while (true)
            {
                if (r.Owner == null) { r.Owner = me; r.Recursion = 1; return true; }
                if (r.Owner == me) { r.Recursion++; return true; }
                if (deadline != 0 && Platform.MonotonicNs() >= deadline) return false;
                r.Entering++;
                Scheduler.Block(r.Entry, deadline);
                r.Entering--;
            }
        }

        public static void Exit(object obj)
        {
            LockRecord r = OwnedRecord(obj);
            if (--r.Recursion == 0) Release(r);
            Preemption.Enable();
        }

        // The record of a lock the calling thread holds, returned with preemption disabled; otherwise throws.
        private static LockRecord OwnedRecord(object obj)
        {
            if (obj == null) throw new ArgumentNullException(nameof(obj));
            Preemption.Disable();
            LockRecord r = Find(obj);
            if (r == null || r.Owner != Thread.CurrentThread)
            {
                Preemption.Enable();
                throw new SynchronizationLockException();
            }
            return r;
        }

        private static void Release(LockRecord r)
        {
            r.Owner = null;
            if (r.Entering > 0) Scheduler.WakeOne(r.Entry);
            else RemoveIfIdle(r);
        }

        public static bool IsEntered(object obj)
        {
            if (obj == null) throw new ArgumentNullException(nameof(obj));
            Preemption.Disable();
            LockRecord r = Find(obj);
            bool mine = r != null && r.Owner == Thread.CurrentThread;
            Preemption.Enable();
            return mine;
        }

        public static bool Wait(object obj) => Wait(obj, Timeout.Infinite);

        public static bool Wait(object obj, TimeSpan timeout) => Wait(obj, (int)timeout.TotalMilliseconds);

        // Releases the lock, waits for Pulse/PulseAll (or the timeout), takes the lock back at the same depth.
        public static bool Wait(object obj, int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException(nameof(millisecondsTimeout));
            Thread me = Thread.CurrentThread;
            long deadline = Deadline(millisecondsTimeout);
            LockRecord r = OwnedRecord(obj);
            int depth = r.Recursion;
            r.Waiting++;
            r.Owner = null;
            r.Recursion = 0;
            if (r.Entering > 0) Scheduler.WakeOne(r.Entry);
            bool pulsed = Scheduler.Block(r.Condition, deadline);
            r.Waiting--;
            Acquire(r, me, 0);
            r.Recursion = depth;
            Preemption.Enable();
            return pulsed;
        }

        // A timeout in milliseconds as a monotonic deadline in ns: 0 for none (-1), else at least the time asked for.
        internal static long Deadline(int millisecondsTimeout) =>
            millisecondsTimeout < 0 ? 0 : Platform.MonotonicNs() + millisecondsTimeout * 1_000_000L + 1;

        // One Wait for a loop that re-checks its condition: false once the deadline (0 = none) has passed.
        internal static bool WaitUntil(object obj, long deadline)
        {
            if (deadline == 0)
            {
                Wait(obj);
                return true;
            }
            long left = deadline - Platform.MonotonicNs();
            if (left <= 0) return false;
            Wait(obj, (int)((left + 999_999) / 1_000_000));
            return true;
        }

        public static void Pulse(object obj) => Signal(obj, all: false);

        public static void PulseAll(object obj) => Signal(obj, all: true);

        private static void Signal(object obj, bool all)
        {
            LockRecord r = OwnedRecord(obj);
            if (all) Scheduler.WakeAll(r.Condition);
            else Scheduler.WakeOne(r.Condition);
            Preemption.Enable();
        }
    }

    public class ManualResetEventSlim : IDisposable
    {
        private readonly object _lock = new object();
        private volatile bool _set;

        public ManualResetEventSlim() : this(false) { }
        public ManualResetEventSlim(bool initialState) { _set = initialState; }

        public bool IsSet => _set;

        public void Set()
        {
            lock (_lock)
            {
                _set = true;
                Monitor.PulseAll(_lock);
            }
        }

        public void Reset() => _set = false;

        public void Wait() => Wait(Timeout.Infinite);

        public bool Wait(TimeSpan timeout) => Wait((int)timeout.TotalMilliseconds);

        public bool Wait(int millisecondsTimeout)
        {
            if (_set) return true;
            long deadline = Monitor.Deadline(millisecondsTimeout);
            lock (_lock)
            {
                while (!_set)
                    if (!Monitor.WaitUntil(_lock, deadline)) return false;
                return true;
            }
        }

        public void Dispose() { }
    }

    public partial class SemaphoreSlim : IDisposable
    {
        private readonly object _lock = new object();
        private readonly int _max;
        private int _count;

        public SemaphoreSlim(int initialCount) : this(initialCount, int.MaxValue) { }

        public SemaphoreSlim(int initialCount, int maxCount)
        {
            if (initialCount < 0 || initialCount > maxCount) throw new ArgumentOutOfRangeException(nameof(initialCount));
            if (maxCount <= 0) throw new ArgumentOutOfRangeException(nameof(maxCount));
            _count = initialCount;
            _max = maxCount;
        }

        public int CurrentCount => _count;

        public void Wait() => Wait(Timeout.Infinite);

        public bool Wait(TimeSpan timeout) => Wait((int)timeout.TotalMilliseconds);

        public bool Wait(int millisecondsTimeout)
        {
            long deadline = Monitor.Deadline(millisecondsTimeout);
            lock (_lock)
            {
                while (_count == 0)
                    if (!Monitor.WaitUntil(_lock, deadline)) return false;
                _count--;
                return true;
            }
        }

        public int Release() => Release(1);

        public int Release(int releaseCount)
        {
            if (releaseCount < 1) throw new ArgumentOutOfRangeException(nameof(releaseCount));
            lock (_lock)
            {
                int previous = _count;
                if (_max - previous < releaseCount) throw new SemaphoreFullException();
                _count += releaseCount;
                ReleaseToAsyncWaiters(); // Tasks/SemaphoreSlim.Async.cs
                if (releaseCount == 1) Monitor.Pulse(_lock);
                else Monitor.PulseAll(_lock);
                return previous;
            }
        }

        public void Dispose() { }
    }
}

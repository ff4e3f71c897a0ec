using Kiln.Runtime;
using Kiln.Sched;

namespace System.Threading
{
    public delegate void ThreadStart();
    public delegate void ParameterizedThreadStart(object obj);

    // A thread of the image (guest/lib/sched/Scheduler.cs runs them). ManagedThreadId 1 is the main thread.
    public sealed class Thread
    {
        private readonly ThreadStart _start;
        private readonly ParameterizedThreadStart _parameterizedStart;
        private object _startArgument;
        private readonly int _stackBytes;
        private string _name;

        // Scheduler state.
        internal RunState State;
        internal Thread NextAll;
        internal Thread RunNext;                 // the run queue
        internal WaitQueue Queue;                // what it is blocked on
        internal Thread WaitNext, WaitPrev;
        internal int TimerIndex = -1;            // its place in the deadline heap
        internal bool WaitsForDevice;
        internal readonly WaitQueue Joiners = new WaitQueue();
        internal nuint SavedSp;
        internal nuint StackTop;
        internal nuint Guard;
        internal byte[] Stack;
        internal long WakeAt;
        internal bool TimedOut;

        internal Thread(int id) { ManagedThreadId = id; }

        public Thread(ThreadStart start) : this(start, 0) { }
        public Thread(ParameterizedThreadStart start) : this(start, 0) { }

        public Thread(ThreadStart start, int maxStackSize)
        {
            _start = start ?? throw new ArgumentNullException(nameof(start));
            _stackBytes = StackBytes(maxStackSize);
            ManagedThreadId = Scheduler.NewId();
        }

        public Thread(ParameterizedThreadStart start, int maxStackSize)
        {
            _parameterizedStart = start ?? throw new ArgumentNullException(nameof(start));
            _stackBytes = StackBytes(maxStackSize);
            ManagedThreadId = Scheduler.NewId();
        }

        private static int StackBytes(int maxStackSize)
        {
            if (maxStackSize < 0) throw new ArgumentOutOfRangeException(nameof(maxStackSize), "Non-negative number required.");
            if (maxStackSize == 0) return (int)Kiln.Options.Sched.StackKib * 1024;
            return maxStackSize < 16 * 1024 ? 16 * 1024 : (maxStackSize + 4095) & ~4095;
        }

        public static Thread CurrentThread => Scheduler.Current;

        public int ManagedThreadId { get; }

        public string Name
        {
            get => _name;
            set
            {
                if (_name != null) throw new InvalidOperationException("The Name property has already been set.");
                _name = value;
            }
        }

        public bool IsBackground { get; set; }

        public bool IsThreadPoolThread { get; internal set; }

        public bool IsAlive => State != RunState.Unstarted && State != RunState.Dead;

        public void Start()
        {
            if (_parameterizedStart != null && _start == null) { Start(null); return; }
            StartCore();
        }

        public void Start(object parameter)
        {
            if (_parameterizedStart == null) throw new InvalidOperationException("The thread was created with a ThreadStart delegate that does not accept a parameter.");
            _startArgument = parameter;
            StartCore();
        }

        private void StartCore()
        {
            if (State != RunState.Unstarted || ManagedThreadId == 1) throw new ThreadStateException("Thread is running or terminated; it cannot restart.");
            Scheduler.Start(this, _stackBytes);
        }

        // Named as .NET's, the last frame of a thread's stack traces.
        internal void StartCallback()
        {
            if (_start != null) _start();
            else _parameterizedStart(_startArgument);
            _startArgument = null;
        }

        public void Join() => Join(-1);

        public bool Join(TimeSpan timeout) => Join(ToMilliseconds(timeout));

        public bool Join(int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException(nameof(millisecondsTimeout), "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            if (State == RunState.Unstarted) throw new ThreadStateException("Thread has not been started.");
            long deadline = Monitor.Deadline(millisecondsTimeout);
            Kiln.Runtime.Preemption.Disable();
            while (State != RunState.Dead)
            {
                if (!Scheduler.Block(Joiners, deadline)) break;
            }
            bool done = State == RunState.Dead;
            Kiln.Runtime.Preemption.Enable();
            return done;
        }

        public static void Sleep(int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException(nameof(millisecondsTimeout), "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            if (millisecondsTimeout == -1)
            {
                Kiln.Runtime.Preemption.Disable();
                Scheduler.Block(s_sleepForever, 0);
                Kiln.Runtime.Preemption.Enable();
                return;
            }
            Scheduler.Sleep(millisecondsTimeout * 1_000_000L);
        }

        private static readonly WaitQueue s_sleepForever = new WaitQueue();

        public static void Sleep(TimeSpan timeout) => Sleep(ToMilliseconds(timeout));

        public static bool Yield()
        {
            if (Scheduler.s_current == null) return false;
            return Scheduler.Yield();
        }

        public static void SpinWait(int iterations)
        {
            for (int i = 0; i < iterations; i++) Volatile.Read(ref s_spin);
        }

        private static int s_spin;

        private static int ToMilliseconds(TimeSpan timeout)
        {
            long ms = (long)timeout.TotalMilliseconds;
            if (ms < -1 || ms > int.MaxValue) throw new ArgumentOutOfRangeException(nameof(timeout), "The timeout must be -1 or between 0 and Int32.MaxValue milliseconds.");
            return (int)ms;
        }
    }

    public class ThreadStateException : SystemException
    {
        public ThreadStateException() : base("Thread was in an invalid state for the operation being executed.") { }
        public ThreadStateException(string message) : base(message) { }
    }

    public class SynchronizationLockException : SystemException
    {
        public SynchronizationLockException() : base("Object synchronization method was called from an unsynchronized block of code.") { }
        public SynchronizationLockException(string message) : base(message) { }
    }

    public class SemaphoreFullException : SystemException
    {
        public SemaphoreFullException() : base("Adding the specified count to the semaphore would cause it to exceed its maximum count.") { }
    }

    public static class Timeout
    {
        public const int Infinite = -1;
        public static readonly TimeSpan InfiniteTimeSpan = new TimeSpan(0, 0, 0, 0, -1);
    }
}

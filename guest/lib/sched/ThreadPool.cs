using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Kiln.Runtime;
using Kiln.Sched;

namespace System.Threading
{
    public delegate void WaitCallback(object state);

    public interface IThreadPoolWorkItem
    {
        void Execute();
    }

    // The thread pool of the image (Kiln.Sched.WorkQueue): a few background worker threads started on first use,
    // taking work items from one FIFO queue. Tasks, await continuations and timer callbacks run there.
    public static class ThreadPool
    {
        public static bool QueueUserWorkItem(WaitCallback callBack) => QueueUserWorkItem(callBack, null);

        public static bool QueueUserWorkItem(WaitCallback callBack, object state)
        {
            if (callBack == null) throw new ArgumentNullException(nameof(callBack));
            WorkQueue.Enqueue(new WaitCallbackItem(callBack, state));
            return true;
        }

        public static bool QueueUserWorkItem<TState>(Action<TState> callBack, TState state, bool preferLocal)
        {
            if (callBack == null) throw new ArgumentNullException(nameof(callBack));
            WorkQueue.Enqueue(new ActionItem<TState>(callBack, state));
            return true;
        }

        public static bool UnsafeQueueUserWorkItem(WaitCallback callBack, object state) => QueueUserWorkItem(callBack, state);

        public static bool UnsafeQueueUserWorkItem<TState>(Action<TState> callBack, TState state, bool preferLocal) =>
            QueueUserWorkItem(callBack, state, preferLocal);

        public static bool UnsafeQueueUserWorkItem(IThreadPoolWorkItem callBack, bool preferLocal)
        {
            if (callBack == null) throw new ArgumentNullException(nameof(callBack));
            if (callBack is Task) throw new ArgumentOutOfRangeException(nameof(callBack));
            WorkQueue.Enqueue(callBack);
            return true;
        }

        public static int ThreadCount => WorkQueue.Workers;
        public static long PendingWorkItemCount => WorkQueue.Pending;
        public static long CompletedWorkItemCount => WorkQueue.Completed;

        public static bool SetMinThreads(int workerThreads, int completionPortThreads)
        {
            if (workerThreads < 0 || completionPortThreads < 0 || workerThreads > WorkQueue.MaxWorkers) return false;
            WorkQueue.MinWorkers = workerThreads > 0 ? workerThreads : 1;
            return true;
        }

        public static void GetMinThreads(out int workerThreads, out int completionPortThreads)
        {
            workerThreads = WorkQueue.MinWorkers;
            completionPortThreads = WorkQueue.MinWorkers;
        }

        public static bool SetMaxThreads(int workerThreads, int completionPortThreads) =>
            workerThreads >= WorkQueue.MinWorkers && completionPortThreads >= 1 && workerThreads <= WorkQueue.MaxWorkers;

        public static void GetMaxThreads(out int workerThreads, out int completionPortThreads)
        {
            workerThreads = WorkQueue.MaxWorkers;
            completionPortThreads = WorkQueue.MaxWorkers;
        }

        public static void GetAvailableThreads(out int workerThreads, out int completionPortThreads)
        {
            workerThreads = WorkQueue.MaxWorkers - WorkQueue.Busy;
            completionPortThreads = WorkQueue.MaxWorkers;
        }

        private sealed class WaitCallbackItem : IThreadPoolWorkItem
        {
            private readonly WaitCallback _callback;
            private readonly object _state;
            public WaitCallbackItem(WaitCallback callback, object state) { _callback = callback; _state = state; }
            public void Execute() => _callback(_state);
        }

        private sealed class ActionItem<TState> : IThreadPoolWorkItem
        {
            private readonly Action<TState> _callback;
            private readonly TState _state;
            public ActionItem(Action<TState> callback, TState state) { _callback = callback; _state = state; }
            public void Execute() => _callback(_state);
        }
    }
}

namespace Kiln.Sched
{
    // The pool's queue and workers (docs/runtime.md, "Tasks"). One FIFO ring of work items (a Task, an Action, or an
    // IThreadPoolWorkItem); idle workers wait on one WaitQueue and an enqueue wakes one of them. sched.pool-threads
    // workers start together on first use. A worker that blocks in Task.Wait (or .Result, or an awaiter's GetResult)
    // says so: while work is queued and fewer than that many workers can take it, another worker starts at once.
    // Workers blocked elsewhere (Thread.Sleep, Monitor.Wait, an event) are caught by a starvation check, as .NET's
    // pool has one: when work has waited half a second with no worker free and none finished, one more starts. Extra
    // workers (up to MaxWorkers) end after two seconds without work.
    internal static class WorkQueue
    {
        internal const int MaxWorkers = 64;
        internal static int MinWorkers = (int)Kiln.Options.Sched.PoolThreads;

        private static object[] s_items = new object[32];
        private static int s_head, s_count;
        private static readonly WaitQueue s_idle = new WaitQueue();
        private static int s_sleeping;   // workers blocked on s_idle
        private static int s_workers;    // started (or about to be) and not ended
        private static int s_blocked;    // workers blocked in a task wait
        private static long s_completed;
        private static StarvationCheck s_starvation;
        private static bool s_starvationArmed;
        private static long s_completedAtArming;
        private const long StarvationNs = 500_000_000;
        private const long ExtraWorkerIdleNs = 2_000_000_000;

        internal static int Workers => s_workers;
        internal static int Busy => s_workers - s_sleeping;
        internal static long Pending => s_count;
        internal static long Completed => Interlocked.Read(ref s_completed);

        public static void Enqueue(object item)
        {
            Preemption.Disable();
            if (s_count == s_items.Length) Grow();
            s_items[(s_head + s_count) & (s_items.Length - 1)] = item;
            s_count++;
            int start = 0;
            bool arm = false;
            if (s_sleeping > 0)
            {
                s_sleeping--;
                Scheduler.WakeOne(s_idle);
            }
            else
            {
                start = WorkersToStart();
                arm = start == 0 && ArmStarvationCheck();
            }
            Preemption.Enable();
            for (; start > 0; start--) StartWorker();
            if (arm) ScheduleStarvationCheck();
        }

        // With preemption disabled: true if the caller is to schedule the check.
        private static bool ArmStarvationCheck()
        {
            if (s_starvationArmed || s_workers >= MaxWorkers) return false;
            s_starvationArmed = true;
            s_completedAtArming = s_completed;
            return true;
        }

        private static void ScheduleStarvationCheck()
        {
            s_starvation ??= new StarvationCheck();
            TimerQueue.Schedule(s_starvation, Platform.MonotonicNs() + StarvationNs, 0);
        }

        // Runs on the timer thread itself (the pool may be the thing that is stuck).
        private sealed class StarvationCheck : TimerEntry
        {
            internal override void Fire()
            {
                Preemption.Disable();
                s_starvationArmed = false;
                bool waiting = s_count > 0 && s_sleeping == 0;
                bool start = waiting && s_completed == s_completedAtArming && s_workers < MaxWorkers;
                if (start) s_workers++;
                bool again = waiting && ArmStarvationCheck();
                Preemption.Enable();
                if (start) StartWorker();
                if (again) ScheduleStarvationCheck();
            }

            public override void Execute() { }
        }

        // Takes a queued item back (a task that Wait runs inline instead); false if a worker already took it.
        public static bool TryRemove(object item)
        {
            Preemption.Disable();
            int mask = s_items.Length - 1;
            for (int i = 0; i < s_count; i++)
            {
                if (s_items[(s_head + i) & mask] != item) continue;
                for (int j = i; j < s_count - 1; j++) s_items[(s_head + j) & mask] = s_items[(s_head + j + 1) & mask];
                s_count--;
                s_items[(s_head + s_count) & mask] = null;
                Preemption.Enable();
                return true;
            }
            Preemption.Enable();
            return false;
        }

        public static List<object> Snapshot()
        {
            var items = new List<object>();
            Preemption.Disable();
            for (int i = 0; i < s_count; i++) items.Add(s_items[(s_head + i) & (s_items.Length - 1)]);
            Preemption.Enable();
            return items;
        }

        // A pool thread is about to block until a task completes; false on other threads. Pair with EndBlocking.
        public static bool BeginBlocking()
        {
            if (!Scheduler.Current.IsThreadPoolThread) return false;
            Preemption.Disable();
            s_blocked++;
            int start = s_count > 0 && s_sleeping == 0 ? WorkersToStart() : 0;
            Preemption.Enable();
            for (; start > 0; start--) StartWorker();
            return true;
        }

        public static void EndBlocking()
        {
            Preemption.Disable();
            s_blocked--;
            Preemption.Enable();
        }

        // With preemption disabled: how many workers to start now, counted as started.
        private static int WorkersToStart()
        {
            int want = s_workers == 0 ? MinWorkers : (s_workers - s_blocked < MinWorkers ? 1 : 0);
            if (s_workers + want > MaxWorkers) want = MaxWorkers - s_workers;
            s_workers += want;
            return want;
        }

        private static void StartWorker()
        {
            var t = new Thread(WorkerMain) { IsBackground = true, Name = ".NET TP Worker" };
            t.IsThreadPoolThread = true;
            t.Start();
        }

        private static void Grow()
        {
            var grown = new object[s_items.Length * 2];
            for (int i = 0; i < s_count; i++) grown[i] = s_items[(s_head + i) & (s_items.Length - 1)];
            s_items = grown;
            s_head = 0;
        }

        private static void WorkerMain()
        {
            while (true)
            {
                Preemption.Disable();
                while (s_count == 0)
                {
                    // A worker beyond sched.pool-threads waits a while for more work, then ends.
                    bool extra = s_workers - s_blocked > MinWorkers;
                    s_sleeping++;
                    if (Scheduler.Block(s_idle, extra ? Platform.MonotonicNs() + ExtraWorkerIdleNs : 0)) continue;
                    s_sleeping--; // timed out: no enqueue counted it awake
                    if (s_count == 0 && s_workers - s_blocked > MinWorkers)
                    {
                        s_workers--;
                        Preemption.Enable();
                        return;
                    }
                }
                object item = s_items[s_head];
                s_items[s_head] = null;
                s_head = (s_head + 1) & (s_items.Length - 1);
                s_count--;
                Preemption.Enable();
                Dispatch(item);
                Interlocked.Increment(ref s_completed);
            }
        }

        private static void Dispatch(object item)
        {
            if (item is Task task) task.ExecuteFromThreadPool();
            else if (item is Action action) action();
            else ((IThreadPoolWorkItem)item).Execute();
        }
    }
}

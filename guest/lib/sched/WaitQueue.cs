using Kiln.Runtime;
using System.Threading;

namespace Kiln.Sched
{
    // Threads blocked on one thing (a lock, a condition, a thread's end, a device), in the order they blocked.
    // The thing waited on owns its queue, so a wake-up touches only its own waiters (docs/runtime.md, "Threads").
    // Threads link through Thread.WaitNext/WaitPrev: a thread is in at most one queue, and queuing allocates nothing.
    // Every member runs with preemption disabled, except WakeFromInterrupt.
    internal sealed class WaitQueue
    {
        private Thread _head, _tail;

        // A wake-up asked for by an interrupt or signal handler, done by the scheduler on its next decision.
        internal WaitQueue NextPending;
        internal bool Pending;

        // A queue an interrupt handler wakes: a thread blocked on it is waiting for a device, not deadlocked.
        internal readonly bool WokenByInterrupts;

        public WaitQueue() { }
        public WaitQueue(bool wokenByInterrupts) { WokenByInterrupts = wokenByInterrupts; }

        public bool IsEmpty => _head == null;

        internal void Add(Thread t)
        {
            t.Queue = this;
            t.WaitNext = null;
            t.WaitPrev = _tail;
            if (_tail == null) _head = t; else _tail.WaitNext = t;
            _tail = t;
        }

        internal Thread TakeFirst()
        {
            Thread t = _head;
            if (t != null) Remove(t);
            return t;
        }

        internal void Remove(Thread t)
        {
            if (t.WaitPrev == null) _head = t.WaitNext; else t.WaitPrev.WaitNext = t.WaitNext;
            if (t.WaitNext == null) _tail = t.WaitPrev; else t.WaitNext.WaitPrev = t.WaitPrev;
            t.WaitNext = t.WaitPrev = null;
            t.Queue = null;
        }

        // Wakes every waiter, from an interrupt or signal handler: safe at any point of the interrupted code, including
        // inside the scheduler (the handler only links this queue into a list that the scheduler takes whole), and
        // switches to a woken thread at once when the interrupted thread can be preempted.
        public void WakeFromInterrupt()
        {
            Scheduler.DeferWake(this);
            Preemption.Tick();
        }
    }
}

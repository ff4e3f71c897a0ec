using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Kiln.Runtime;
using Kiln.Sched;

namespace System.Threading.Tasks
{
    // A unit of work or a promise of a result (docs/runtime.md, "Tasks"). Its parts: this file (state, completion,
    // continuations, waiting, running the delegate), Task.Static.cs (Run, Delay, From*, WhenAll/WhenAny, WaitAll/
    // WaitAny, Yield), Task.ContinueWith.cs, TaskOfT.cs, TaskContinuation.cs (what runs when a task completes).
    //
    // One CPU: every change of state runs with preemption disabled, which is the lock. A task moves to a final state
    // (RanToCompletion, Faulted, Canceled) once; the same critical section takes its continuations and wakes the
    // threads blocked in Wait, and the continuations then run on the completing thread or on the pool, in .NET's
    // order (TaskContinuation.cs).
    public partial class Task : IDisposable
    {
        private const int PromiseFlag = 1;        // completed by TrySet* (TaskCompletionSource, async methods, Delay, WhenAll)
        private const int ContinuationFlag = 2;   // ContinueWith's, started by its antecedent
        private const int CancelRequestedFlag = 4; // its token was canceled while it ran, with an OperationCanceledException of it
        private const int CancelPendingFlag = 8;   // its token fired while it sat in the pool's queue: canceled when taken

        // _continuations once they have been taken to run. In a class of its own: Task's static fields are initialized
        // in an order that depends on the order of its files, and the completed tasks among them need this one.
        private static class Sentinel { internal static readonly object Taken = new object(); }

        private volatile int _status;
        private int _flags;
        private int _id;
        private static int s_lastId;

        internal Delegate _action;
        internal object _stateObject;
        internal TaskScheduler _scheduler;
        internal readonly TaskCreationOptions _creationOptions;

        private object _continuations;           // null, one continuation, a List<object>, or Sentinel.Taken
        private WaitQueue _waiters;              // threads blocked in Wait
        private List<Exception> _exceptions;     // Faulted: in the order they were added
        private OperationCanceledException _cancellationException; // Canceled by this exception, if any
        private CancellationToken _cancellationToken;
        private CancellationTokenRegistration _cancellationRegistration;

        [ThreadStatic] internal static Task t_current; // the task whose delegate runs on this thread

        // ---- Construction ----

        public Task(Action action) : this(action, null, default, TaskCreationOptions.None, false) { }
        public Task(Action action, CancellationToken cancellationToken) : this(action, null, cancellationToken, TaskCreationOptions.None, false) { }
        public Task(Action action, TaskCreationOptions creationOptions) : this(action, null, default, creationOptions, false) { }
        public Task(Action action, CancellationToken cancellationToken, TaskCreationOptions creationOptions) : this(action, null, cancellationToken, creationOptions, false) { }
        public Task(Action<object> action, object state) : this(action, state, default, TaskCreationOptions.None, false) { }
        public Task(Action<object> action, object state, CancellationToken cancellationToken) : this(action, state, cancellationToken, TaskCreationOptions.None, false) { }
        public Task(Action<object> action, object state, TaskCreationOptions creationOptions) : this(action, state, default, creationOptions, false) { }
        public Task(Action<object> action, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions) : this(action, state, cancellationToken, creationOptions, false) { }

        // A task that runs a delegate once started (Created), or ContinueWith's (WaitingForActivation).
        internal Task(Delegate action, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions, bool continuation)
        {
            if (action == null) throw new ArgumentNullException(nameof(action));
            if ((creationOptions & ~(TaskCreationOptions.PreferFairness | TaskCreationOptions.LongRunning | TaskCreationOptions.AttachedToParent |
                                     TaskCreationOptions.DenyChildAttach | TaskCreationOptions.HideScheduler | TaskCreationOptions.RunContinuationsAsynchronously)) != 0)
                throw new ArgumentOutOfRangeException(nameof(creationOptions));
            _action = action;
            _stateObject = state;
            _creationOptions = creationOptions;
            if (continuation)
            {
                _flags = ContinuationFlag;
                _status = (int)TaskStatus.WaitingForActivation;
            }
            if (cancellationToken.CanBeCanceled && !continuation) AssignCancellationToken(cancellationToken, null, null);
        }

        // A promise: completed by TrySetResult/TrySetException/TrySetCanceled.
        internal Task()
        {
            _flags = PromiseFlag;
            _status = (int)TaskStatus.WaitingForActivation;
        }

        internal Task(object state, TaskCreationOptions creationOptions)
        {
            if ((creationOptions & ~(TaskCreationOptions.AttachedToParent | TaskCreationOptions.RunContinuationsAsynchronously)) != 0)
                throw new ArgumentOutOfRangeException(nameof(creationOptions));
            _stateObject = state;
            _creationOptions = creationOptions;
            _flags = PromiseFlag;
            _status = (int)TaskStatus.WaitingForActivation;
        }

        // Born completed: RanToCompletion, or Canceled with the token.
        internal Task(bool canceled, CancellationToken cancellationToken)
        {
            _flags = PromiseFlag;
            _cancellationToken = cancellationToken;
            _continuations = Sentinel.Taken;
            _status = (int)(canceled ? TaskStatus.Canceled : TaskStatus.RanToCompletion);
        }

        // ---- State ----

        public TaskStatus Status => (TaskStatus)_status;
        public bool IsCompleted => _status >= (int)TaskStatus.RanToCompletion;
        public bool IsCompletedSuccessfully => _status == (int)TaskStatus.RanToCompletion;
        public bool IsCanceled => _status == (int)TaskStatus.Canceled;
        public bool IsFaulted => _status == (int)TaskStatus.Faulted;
        public TaskCreationOptions CreationOptions => _creationOptions;
        public object AsyncState => _stateObject;

        internal bool IsPromise => (_flags & PromiseFlag) != 0;
        internal bool IsContinuationTask => (_flags & ContinuationFlag) != 0;
        internal CancellationToken CancellationToken => _cancellationToken;

        // A new AggregateException of the task's exceptions each time, as in .NET; null unless Faulted.
        public AggregateException Exception => _status == (int)TaskStatus.Faulted ? new AggregateException(_exceptions) : null;

        public int Id
        {
            get
            {
                if (_id == 0)
                {
                    int id;
                    do id = Interlocked.Increment(ref s_lastId); while (id == 0);
                    Interlocked.CompareExchange(ref _id, id, 0);
                }
                return _id;
            }
        }

        public static int? CurrentId
        {
            get
            {
                Task current = t_current;
                return current != null ? current.Id : null;
            }
        }

        internal static Task InternalCurrent => t_current;

        public static TaskFactory Factory { get; } = new TaskFactory();

        // ---- Starting ----

        public void Start() => Start(TaskScheduler.Current);

        public void Start(TaskScheduler scheduler)
        {
            if (IsCompleted) throw new InvalidOperationException("Start may not be called on a task that has completed.");
            if (scheduler == null) throw new ArgumentNullException(nameof(scheduler));
            if (IsPromise) throw new InvalidOperationException("Start may not be called on a promise-style task.");
            if (IsContinuationTask) throw new InvalidOperationException("Start may not be called on a continuation task.");
            if (!TryTransition(TaskStatus.Created, TaskStatus.WaitingToRun, scheduler))
                throw new InvalidOperationException("Start may not be called on a task that was already started.");
            QueueToScheduler(throwOnFailure: true);
        }

        public void RunSynchronously() => RunSynchronously(TaskScheduler.Current);

        public void RunSynchronously(TaskScheduler scheduler)
        {
            if (scheduler == null) throw new ArgumentNullException(nameof(scheduler));
            if (IsContinuationTask) throw new InvalidOperationException("RunSynchronously may not be called on a continuation task.");
            if (IsPromise) throw new InvalidOperationException("RunSynchronously may not be called on a task not bound to a delegate, such as the task returned from an asynchronous method.");
            if (IsCompleted) throw new InvalidOperationException("RunSynchronously may not be called on a task that has already completed.");
            if (!TryTransition(TaskStatus.Created, TaskStatus.WaitingToRun, scheduler))
                throw new InvalidOperationException("RunSynchronously may not be called on a task that was already started.");
            if (!scheduler.TryRunInline(this, false))
            {
                QueueToScheduler(throwOnFailure: true);
                InternalWait(Timeout.Infinite, default);
            }
        }

        // from -> to (and the scheduler) in one step; false when the task was not in from.
        internal bool TryTransition(TaskStatus from, TaskStatus to, TaskScheduler scheduler)
        {
            Preemption.Disable();
            bool ok = _status == (int)from;
            if (ok)
            {
                _status = (int)to;
                if (scheduler != null) _scheduler = scheduler;
            }
            Preemption.Enable();
            return ok;
        }

        // Hands a WaitingToRun task to its scheduler. A scheduler that throws faults the task with a TaskSchedulerException.
        internal void QueueToScheduler(bool throwOnFailure)
        {
            try
            {
                _scheduler.QueueTask(this);
            }
            catch (Exception e)
            {
                var failure = new TaskSchedulerException(e);
                Preemption.Disable();
                bool mine = !IsCompleted;
                if (mine) (_exceptions = new List<Exception>()).Add(failure);
                object continuations = mine ? TakeContinuations(TaskStatus.Faulted) : null;
                Preemption.Enable();
                if (mine) AfterCompletion(continuations);
                if (throwOnFailure) throw failure;
            }
        }

        // Runs the delegate on this thread (a pool worker, an inlining Wait, a long-running thread); false if the
        // task was not waiting to run (canceled meanwhile, or already taken).
        internal bool ExecuteEntry()
        {
            Preemption.Disable();
            if (_status != (int)TaskStatus.WaitingToRun)
            {
                Preemption.Enable();
                return false;
            }
            if ((_flags & CancelPendingFlag) != 0)
            {
                object canceled = TakeContinuations(TaskStatus.Canceled);
                Preemption.Enable();
                AfterCompletion(canceled);
                return true;
            }
            _status = (int)TaskStatus.Running;
            Preemption.Enable();
            Task previous = t_current;
            t_current = this;
            try
            {
                InnerInvoke();
            }
            catch (Exception e)
            {
                HandleException(e);
            }
            finally
            {
                t_current = previous;
            }
            FinishExecution();
            return true;
        }

        internal void ExecuteFromThreadPool() => ExecuteEntry();

        internal bool IsDelegateInvoked => _status >= (int)TaskStatus.Running;

        internal virtual void InnerInvoke()
        {
            if (_action is Action action) action();
            else if (_action is Action<object> withState) withState(_stateObject);
        }

        private void HandleException(Exception e)
        {
            if (e is OperationCanceledException oce && _cancellationToken.IsCancellationRequested && oce.CancellationToken == _cancellationToken)
            {
                _cancellationException = oce;
                _flags |= CancelRequestedFlag;
            }
            else (_exceptions ??= new List<Exception>()).Add(e);
        }

        private void FinishExecution()
        {
            _action = null;
            TaskStatus final = _exceptions != null ? TaskStatus.Faulted
                             : (_flags & CancelRequestedFlag) != 0 ? TaskStatus.Canceled
                             : TaskStatus.RanToCompletion;
            Preemption.Disable();
            object continuations = TakeContinuations(final);
            Preemption.Enable();
            AfterCompletion(continuations);
        }

        // ---- Completion of promises ----

        internal bool TrySetResult()
        {
            Preemption.Disable();
            if (IsCompleted)
            {
                Preemption.Enable();
                return false;
            }
            object continuations = TakeContinuations(TaskStatus.RanToCompletion);
            Preemption.Enable();
            AfterCompletion(continuations);
            return true;
        }

        internal bool TrySetException(Exception exception)
        {
            var list = new List<Exception>(1) { exception };
            return TrySetExceptions(list);
        }

        // Takes the list as the task's own.
        internal bool TrySetExceptions(List<Exception> exceptions)
        {
            Preemption.Disable();
            if (IsCompleted)
            {
                Preemption.Enable();
                return false;
            }
            _exceptions = exceptions;
            object continuations = TakeContinuations(TaskStatus.Faulted);
            Preemption.Enable();
            AfterCompletion(continuations);
            return true;
        }

        internal bool TrySetCanceled(CancellationToken token, OperationCanceledException exception = null)
        {
            Preemption.Disable();
            if (IsCompleted)
            {
                Preemption.Enable();
                return false;
            }
            _cancellationToken = token;
            _cancellationException = exception;
            object continuations = TakeContinuations(TaskStatus.Canceled);
            Preemption.Enable();
            AfterCompletion(continuations);
            return true;
        }

        // Its token fired before it ran: a task not yet started (or a continuation not yet due) is canceled now; one
        // queued to a scheduler is canceled now if the scheduler gives it back, else when it is taken to run (the pool
        // does not give tasks back, as .NET's does not from its global queue).
        internal void CancelBeforeStart()
        {
            Preemption.Disable();
            int status = _status;
            bool cancel = status == (int)TaskStatus.Created || status == (int)TaskStatus.WaitingForActivation && !IsPromise;
            if (!cancel && status == (int)TaskStatus.WaitingToRun)
            {
                Preemption.Enable();
                bool dequeued = _scheduler != null && _scheduler.TryDequeue(this);
                Preemption.Disable();
                if (_status == (int)TaskStatus.WaitingToRun)
                {
                    if (dequeued) cancel = true;
                    else _flags |= CancelPendingFlag;
                }
            }
            object continuations = cancel ? TakeContinuations(TaskStatus.Canceled) : null;
            Preemption.Enable();
            if (cancel) AfterCompletion(continuations);
        }

        // Task.Run's token: even one canceled already only marks the task, which the pool then cancels, as in .NET.
        internal void AssignCancellationTokenForRun(CancellationToken token)
        {
            if (!token.CanBeCanceled) return;
            _cancellationToken = token;
            if (token.IsCancellationRequested) _flags |= CancelPendingFlag;
            else _cancellationRegistration = token.UnsafeRegister(s => ((Task)s).CancelBeforeStart(), this);
        }

        // With preemption disabled, by the one that moves the task to its final state.
        internal object TakeContinuations(TaskStatus final)
        {
            _status = (int)final;
            object continuations = _continuations;
            _continuations = Sentinel.Taken;
            if (_waiters != null) Scheduler.WakeAll(_waiters);
            return continuations;
        }

        internal void AfterCompletion(object continuations)
        {
            if (_cancellationRegistration._node != null) _cancellationRegistration.Unregister();
            if (continuations != null) TaskContinuation.RunAll(this, continuations);
        }

        // The token cancels the task until it starts (antecedent/continuation: ContinueWith's, taken back from the
        // antecedent when the token fires).
        // Lazy (ContinueWith's LazyCancellation): only noted, the continuation sees it when the antecedent completes.
        internal void AssignCancellationToken(CancellationToken token, Task antecedent, TaskContinuation continuation, bool lazy = false)
        {
            _cancellationToken = token;
            if (lazy) return;
            if (token.IsCancellationRequested)
            {
                CancelBeforeStart();
                return;
            }
            if (antecedent == null)
                _cancellationRegistration = token.UnsafeRegister(s => ((Task)s).CancelBeforeStart(), this);
            else
                _cancellationRegistration = token.UnsafeRegister(s =>
                {
                    var link = (CancellationLink)s;
                    link.Antecedent.RemoveContinuation(link.Continuation);
                    link.Task.CancelBeforeStart();
                }, new CancellationLink { Task = this, Antecedent = antecedent, Continuation = continuation });
        }

        private sealed class CancellationLink
        {
            public Task Task, Antecedent;
            public TaskContinuation Continuation;
        }

        // ---- Continuations ----

        // False when the task has completed (the caller then runs or queues the continuation itself).
        internal bool AddContinuation(object continuation, bool addBeforeOthers)
        {
            Preemption.Disable();
            object current = _continuations;
            bool added = current != Sentinel.Taken;
            if (added)
            {
                if (current == null) _continuations = continuation;
                else
                {
                    if (!(current is List<object> list))
                    {
                        list = new List<object> { current };
                        _continuations = list;
                    }
                    if (addBeforeOthers) list.Insert(0, continuation);
                    else list.Add(continuation);
                }
            }
            Preemption.Enable();
            return added;
        }

        internal void RemoveContinuation(object continuation)
        {
            Preemption.Disable();
            object current = _continuations;
            if (current == continuation) _continuations = null;
            else if (current is List<object> list)
            {
                int i = list.IndexOf(continuation);
                if (i >= 0) list[i] = null;
            }
            Preemption.Enable();
        }

        // An await's continuation: on the captured SynchronizationContext or TaskScheduler if there is one, else
        // inline when the task completes, or on the pool if it completed meanwhile.
        internal void SetContinuationForAwait(Action continuation, bool continueOnCapturedContext)
        {
            TaskContinuation tc = null;
            if (continueOnCapturedContext)
            {
                SynchronizationContext context = SynchronizationContext.Current;
                if (SynchronizationContext.IsCustom(context))
                    tc = new SynchronizationContextAwaitContinuation(context, continuation);
                else
                {
                    TaskScheduler scheduler = TaskScheduler.InternalCurrent;
                    if (scheduler != null && scheduler != TaskScheduler.Default)
                        tc = new TaskSchedulerAwaitContinuation(scheduler, continuation);
                }
            }
            if (tc != null)
            {
                if (!AddContinuation(tc, false)) tc.Run(this, false);
            }
            else if (!AddContinuation(continuation, false)) WorkQueue.Enqueue(continuation);
        }

        // ---- Waiting ----

        public void Wait() => Wait(Timeout.Infinite, default);

        public bool Wait(TimeSpan timeout) => Wait(TimeoutMilliseconds(timeout), default);

        public bool Wait(TimeSpan timeout, CancellationToken cancellationToken) => Wait(TimeoutMilliseconds(timeout), cancellationToken);

        public void Wait(CancellationToken cancellationToken) => Wait(Timeout.Infinite, cancellationToken);

        public bool Wait(int millisecondsTimeout) => Wait(millisecondsTimeout, default);

        public bool Wait(int millisecondsTimeout, CancellationToken cancellationToken)
        {
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException(nameof(millisecondsTimeout));
            if (IsCompletedSuccessfully) return true;
            if (!InternalWait(millisecondsTimeout, cancellationToken)) return false;
            ThrowIfExceptional(true);
            return true;
        }

        internal static int TimeoutMilliseconds(TimeSpan timeout)
        {
            long ms = (long)timeout.TotalMilliseconds;
            if (ms < -1 || ms > int.MaxValue) throw new ArgumentOutOfRangeException(nameof(timeout));
            return (int)ms;
        }

        // Waits for completion without throwing its exceptions; true when completed. A pool thread waiting for
        // ever runs the task itself if it is still queued, as .NET inlines it from the waiter's local queue.
        internal bool InternalWait(int millisecondsTimeout, CancellationToken cancellationToken)
        {
            if (IsCompleted) return true;
            if (millisecondsTimeout == 0) return false;
            if (millisecondsTimeout == Timeout.Infinite && !cancellationToken.CanBeCanceled && TryRunInline() && IsCompleted) return true;
            return BlockingWait(millisecondsTimeout, cancellationToken);
        }

        private bool TryRunInline()
        {
            TaskScheduler scheduler = _scheduler;
            if (_status != (int)TaskStatus.WaitingToRun || scheduler == null) return false;
            return scheduler.TryRunInline(this, true);
        }

        private bool BlockingWait(int millisecondsTimeout, CancellationToken cancellationToken)
        {
            long deadline = Monitor.Deadline(millisecondsTimeout);
            CancellationTokenRegistration registration = default;
            if (cancellationToken.CanBeCanceled)
            {
                cancellationToken.ThrowIfCancellationRequested();
                registration = cancellationToken.UnsafeRegister(s => ((Task)s).WakeWaiters(), this);
            }
            bool poolThread = WorkQueue.BeginBlocking();
            Preemption.Disable();
            while (!IsCompleted && !cancellationToken.IsCancellationRequested)
            {
                _waiters ??= new WaitQueue();
                if (!Scheduler.Block(_waiters, deadline)) break;
            }
            bool completed = IsCompleted;
            Preemption.Enable();
            if (poolThread) WorkQueue.EndBlocking();
            registration.Dispose();
            if (!completed) cancellationToken.ThrowIfCancellationRequested();
            return completed;
        }

        private void WakeWaiters()
        {
            Preemption.Disable();
            if (_waiters != null) Scheduler.WakeAll(_waiters);
            Preemption.Enable();
        }

        // ---- Exceptions ----

        // What Wait and Result throw: AggregateException of the faults, or of a TaskCanceledException.
        internal void ThrowIfExceptional(bool includeTaskCanceledExceptions)
        {
            AggregateException e = GetExceptions(includeTaskCanceledExceptions);
            if (e != null) throw e;
        }

        internal AggregateException GetExceptions(bool includeTaskCanceledExceptions)
        {
            if (_status == (int)TaskStatus.Faulted) return new AggregateException(_exceptions);
            if (includeTaskCanceledExceptions && _status == (int)TaskStatus.Canceled) return new AggregateException(new TaskCanceledException(this));
            return null;
        }

        internal List<Exception> ExceptionList => _exceptions;
        internal OperationCanceledException CancellationException => _cancellationException;

        // What await throws for a task that did not run to completion: its first exception, or the exception that
        // canceled it, or a new TaskCanceledException.
        internal void ThrowForNonSuccess()
        {
            if (_status == (int)TaskStatus.Faulted) Rethrow(_exceptions[0]);
            if (_status == (int)TaskStatus.Canceled)
            {
                if (_cancellationException != null) Rethrow(_cancellationException);
                throw new TaskCanceledException(this);
            }
        }

        // Throws an exception captured earlier, its stack trace going on after "--- End of stack trace from previous
        // location ---", as .NET's await does.
        [System.Diagnostics.StackTraceHidden]
        internal static void Rethrow(Exception exception) => System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(exception);

        // An exception no caller can observe (async void, a failing callback): it ends the image from a pool thread,
        // as an unhandled exception ends a .NET process.
        internal static void ThrowAsync(Exception exception, SynchronizationContext targetContext)
        {
            if (targetContext != null) targetContext.Post(s => Rethrow((Exception)s), exception);
            else ThreadPool.UnsafeQueueUserWorkItem(s => Rethrow((Exception)s), exception);
        }

        // ---- Awaiting ----

        public TaskAwaiter GetAwaiter() => new TaskAwaiter(this);

        public ConfiguredTaskAwaitable ConfigureAwait(bool continueOnCapturedContext) =>
            new ConfiguredTaskAwaitable(this, continueOnCapturedContext ? ConfigureAwaitOptions.ContinueOnCapturedContext : ConfigureAwaitOptions.None);

        public ConfiguredTaskAwaitable ConfigureAwait(ConfigureAwaitOptions options)
        {
            if ((options & ~(ConfigureAwaitOptions.ContinueOnCapturedContext | ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ForceYielding)) != 0)
                throw new ArgumentOutOfRangeException(nameof(options));
            return new ConfiguredTaskAwaitable(this, options);
        }

        public void Dispose() => Dispose(true);

        protected virtual void Dispose(bool disposing)
        {
            if (disposing && !IsCompleted)
                throw new InvalidOperationException("A task may only be disposed if it is in a completion state (RanToCompletion, Faulted or Canceled).");
        }
    }

    // The result type of a non-generic async Task method's task (Task<VoidTaskResult>).
    internal struct VoidTaskResult { }
}

namespace System.Threading.Tasks
{
    // ContinueWith: a continuation task that starts when this one completes (on the scheduler given, TaskScheduler.Current
    // by default), or is canceled when the options exclude how it completed or its token fires first.
    public partial class Task
    {
        public Task ContinueWith(Action<Task> continuationAction) =>
            ContinueWithAction(continuationAction, TaskScheduler.Current, default, TaskContinuationOptions.None);
        public Task ContinueWith(Action<Task> continuationAction, CancellationToken cancellationToken) =>
            ContinueWithAction(continuationAction, TaskScheduler.Current, cancellationToken, TaskContinuationOptions.None);
        public Task ContinueWith(Action<Task> continuationAction, TaskScheduler scheduler) =>
            ContinueWithAction(continuationAction, scheduler, default, TaskContinuationOptions.None);
        public Task ContinueWith(Action<Task> continuationAction, TaskContinuationOptions continuationOptions) =>
            ContinueWithAction(continuationAction, TaskScheduler.Current, default, continuationOptions);
        public Task ContinueWith(Action<Task> continuationAction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler) =>
            ContinueWithAction(continuationAction, scheduler, cancellationToken, continuationOptions);

        private Task ContinueWithAction(Action<Task> continuationAction, TaskScheduler scheduler, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions)
        {
            if (continuationAction == null) throw new ArgumentNullException(nameof(continuationAction));
            if (scheduler == null) throw new ArgumentNullException(nameof(scheduler));
            TaskCreationOptions creationOptions = CreationOptionsFromContinuationOptions(continuationOptions);
            var continuation = new ContinuationTaskFromTask(this, continuationAction, null, creationOptions);
            ContinueWithCore(continuation, scheduler, cancellationToken, continuationOptions);
            return continuation;
        }

        public Task ContinueWith(Action<Task, object> continuationAction, object state) =>
            ContinueWithAction(continuationAction, state, TaskScheduler.Current, default, TaskContinuationOptions.None);
        public Task ContinueWith(Action<Task, object> continuationAction, object state, CancellationToken cancellationToken) =>
            ContinueWithAction(continuationAction, state, TaskScheduler.Current, cancellationToken, TaskContinuationOptions.None);
        public Task ContinueWith(Action<Task, object> continuationAction, object state, TaskScheduler scheduler) =>
            ContinueWithAction(continuationAction, state, scheduler, default, TaskContinuationOptions.None);
        public Task ContinueWith(Action<Task, object> continuationAction, object state, TaskContinuationOptions continuationOptions) =>
            ContinueWithAction(continuationAction, state, TaskScheduler.Current, default, continuationOptions);
        public Task ContinueWith(Action<Task, object> continuationAction, object state, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler) =>
            ContinueWithAction(continuationAction, state, scheduler, cancellationToken, continuationOptions);

        private Task ContinueWithAction(Action<Task, object> continuationAction, object state, TaskScheduler scheduler, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions)
        {
            if (continuationAction == null) throw new ArgumentNullException(nameof(continuationAction));
            if (scheduler == null) throw new ArgumentNullException(nameof(scheduler));
            TaskCreationOptions creationOptions = CreationOptionsFromContinuationOptions(continuationOptions);
            var continuation = new ContinuationTaskFromTask(this, continuationAction, state, creationOptions);
            ContinueWithCore(continuation, scheduler, cancellationToken, continuationOptions);
            return continuation;
        }

        public Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction) =>
            ContinueWithFunction(continuationFunction, TaskScheduler.Current, default, TaskContinuationOptions.None);
        public Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction, CancellationToken cancellationToken) =>
            ContinueWithFunction(continuationFunction, TaskScheduler.Current, cancellationToken, TaskContinuationOptions.None);
        public Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction, TaskScheduler scheduler) =>
            ContinueWithFunction(continuationFunction, scheduler, default, TaskContinuationOptions.None);
        public Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction, TaskContinuationOptions continuationOptions) =>
            ContinueWithFunction(continuationFunction, TaskScheduler.Current, default, continuationOptions);
        public Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler) =>
            ContinueWithFunction(continuationFunction, scheduler, cancellationToken, continuationOptions);

        private Task<TResult> ContinueWithFunction<TResult>(Func<Task, TResult> continuationFunction, TaskScheduler scheduler, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions)
        {
            if (continuationFunction == null) throw new ArgumentNullException(nameof(continuationFunction));
            if (scheduler == null) throw new ArgumentNullException(nameof(scheduler));
            TaskCreationOptions creationOptions = CreationOptionsFromContinuationOptions(continuationOptions);
            var continuation = new ContinuationResultTaskFromTask<TResult>(this, continuationFunction, null, creationOptions);
            ContinueWithCore(continuation, scheduler, cancellationToken, continuationOptions);
            return continuation;
        }

        public Task<TResult> ContinueWith<TResult>(Func<Task, object, TResult> continuationFunction, object state) =>
            ContinueWithFunction(continuationFunction, state, TaskScheduler.Current, default, TaskContinuationOptions.None);
        public Task<TResult> ContinueWith<TResult>(Func<Task, object, TResult> continuationFunction, object state, CancellationToken cancellationToken) =>
            ContinueWithFunction(continuationFunction, state, TaskScheduler.Current, cancellationToken, TaskContinuationOptions.None);
        public Task<TResult> ContinueWith<TResult>(Func<Task, object, TResult> continuationFunction, object state, TaskScheduler scheduler) =>
            ContinueWithFunction(continuationFunction, state, scheduler, default, TaskContinuationOptions.None);
        public Task<TResult> ContinueWith<TResult>(Func<Task, object, TResult> continuationFunction, object state, TaskContinuationOptions continuationOptions) =>
            ContinueWithFunction(continuationFunction, state, TaskScheduler.Current, default, continuationOptions);
        public Task<TResult> ContinueWith<TResult>(Func<Task, object, TResult> continuationFunction, object state, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler) =>
            ContinueWithFunction(continuationFunction, state, scheduler, cancellationToken, continuationOptions);

        private Task<TResult> ContinueWithFunction<TResult>(Func<Task, object, TResult> continuationFunction, object state, TaskScheduler scheduler, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions)
        {
            if (continuationFunction == null) throw new ArgumentNullException(nameof(continuationFunction));
            if (scheduler == null) throw new ArgumentNullException(nameof(scheduler));
            TaskCreationOptions creationOptions = CreationOptionsFromContinuationOptions(continuationOptions);
            var continuation = new ContinuationResultTaskFromTask<TResult>(this, continuationFunction, state, creationOptions);
            ContinueWithCore(continuation, scheduler, cancellationToken, continuationOptions);
            return continuation;
        }

        internal static TaskCreationOptions CreationOptionsFromContinuationOptions(TaskContinuationOptions options)
        {
            const TaskContinuationOptions NotOnAnything = TaskContinuationOptions.NotOnRanToCompletion | TaskContinuationOptions.NotOnFaulted | TaskContinuationOptions.NotOnCanceled;
            const TaskContinuationOptions CreationMask = TaskContinuationOptions.PreferFairness | TaskContinuationOptions.LongRunning |
                TaskContinuationOptions.DenyChildAttach | TaskContinuationOptions.HideScheduler | TaskContinuationOptions.AttachedToParent |
                TaskContinuationOptions.RunContinuationsAsynchronously;
            if ((options & (TaskContinuationOptions.LongRunning | TaskContinuationOptions.ExecuteSynchronously)) == (TaskContinuationOptions.LongRunning | TaskContinuationOptions.ExecuteSynchronously))
                throw new ArgumentOutOfRangeException("continuationOptions", "The specified TaskContinuationOptions combined LongRunning and ExecuteSynchronously.  Synchronous continuations should not be long running.");
            if ((options & ~(CreationMask | NotOnAnything | TaskContinuationOptions.LazyCancellation | TaskContinuationOptions.ExecuteSynchronously)) != 0)
                throw new ArgumentOutOfRangeException("continuationOptions");
            if ((options & NotOnAnything) == NotOnAnything)
                throw new ArgumentOutOfRangeException("continuationOptions", "The specified TaskContinuationOptions excluded all continuation kinds.");
            return (TaskCreationOptions)(options & CreationMask);
        }

        internal void ContinueWithCore(Task continuationTask, TaskScheduler scheduler, CancellationToken cancellationToken, TaskContinuationOptions options)
        {
            var continuation = new ContinueWithTaskContinuation(continuationTask, options, scheduler);
            if (cancellationToken.CanBeCanceled)
            {
                if ((options & TaskContinuationOptions.LazyCancellation) != 0) continuationTask.AssignCancellationToken(cancellationToken, null, null, lazy: true);
                else if (IsCompleted || cancellationToken.IsCancellationRequested) continuationTask.AssignCancellationToken(cancellationToken, null, null);
                else continuationTask.AssignCancellationToken(cancellationToken, this, continuation);
            }
            if (!continuationTask.IsCompleted && !AddContinuation(continuation, false)) continuation.Run(this, true);
        }
    }

    public partial class Task<TResult>
    {
        public Task ContinueWith(Action<Task<TResult>> continuationAction) =>
            ContinueWithAction(continuationAction, TaskScheduler.Current, default, TaskContinuationOptions.None);
        public Task ContinueWith(Action<Task<TResult>> continuationAction, CancellationToken cancellationToken) =>
            ContinueWithAction(continuationAction, TaskScheduler.Current, cancellationToken, TaskContinuationOptions.None);
        public Task ContinueWith(Action<Task<TResult>> continuationAction, TaskScheduler scheduler) =>
            ContinueWithAction(continuationAction, scheduler, default, TaskContinuationOptions.None);
        public Task ContinueWith(Action<Task<TResult>> continuationAction, TaskContinuationOptions continuationOptions) =>
            ContinueWithAction(continuationAction, TaskScheduler.Current, default, continuationOptions);
        public Task ContinueWith(Action<Task<TResult>> continuationAction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler) =>
            ContinueWithAction(continuationAction, scheduler, cancellationToken, continuationOptions);

        private Task ContinueWithAction(Action<Task<TResult>> continuationAction, TaskScheduler scheduler, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions)
        {
            if (continuationAction == null) throw new ArgumentNullException(nameof(continuationAction));
            if (scheduler == null) throw new ArgumentNullException(nameof(scheduler));
            TaskCreationOptions creationOptions = CreationOptionsFromContinuationOptions(continuationOptions);
            var continuation = new ContinuationTaskFromResultTask<TResult>(this, continuationAction, null, creationOptions);
            ContinueWithCore(continuation, scheduler, cancellationToken, continuationOptions);
            return continuation;
        }

        public Task ContinueWith(Action<Task<TResult>, object> continuationAction, object state) =>
            ContinueWithAction(continuationAction, state, TaskScheduler.Current, default, TaskContinuationOptions.None);
        public Task ContinueWith(Action<Task<TResult>, object> continuationAction, object state, CancellationToken cancellationToken) =>
            ContinueWithAction(continuationAction, state, TaskScheduler.Current, cancellationToken, TaskContinuationOptions.None);
        public Task ContinueWith(Action<Task<TResult>, object> continuationAction, object state, TaskScheduler scheduler) =>
            ContinueWithAction(continuationAction, state, scheduler, default, TaskContinuationOptions.None);
        public Task ContinueWith(Action<Task<TResult>, object> continuationAction, object state, TaskContinuationOptions continuationOptions) =>
            ContinueWithAction(continuationAction, state, TaskScheduler.Current, default, continuationOptions);
        public Task ContinueWith(Action<Task<TResult>, object> continuationAction, object state, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler) =>
            ContinueWithAction(continuationAction, state, scheduler, cancellationToken, continuationOptions);

        private Task ContinueWithAction(Action<Task<TResult>, object> continuationAction, object state, TaskScheduler scheduler, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions)
        {
            if (continuationAction == null) throw new ArgumentNullException(nameof(continuationAction));
            if (scheduler == null) throw new ArgumentNullException(nameof(scheduler));
            TaskCreationOptions creationOptions = CreationOptionsFromContinuationOptions(continuationOptions);
            var continuation = new ContinuationTaskFromResultTask<TResult>(this, continuationAction, state, creationOptions);
            ContinueWithCore(continuation, scheduler, cancellationToken, continuationOptions);
            return continuation;
        }

        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction) =>
            ContinueWithFunction(continuationFunction, TaskScheduler.Current, default, TaskContinuationOptions.None);
        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction, CancellationToken cancellationToken) =>
            ContinueWithFunction(continuationFunction, TaskScheduler.Current, cancellationToken, TaskContinuationOptions.None);
        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction, TaskScheduler scheduler) =>
            ContinueWithFunction(continuationFunction, scheduler, default, TaskContinuationOptions.None);
        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction, TaskContinuationOptions continuationOptions) =>
            ContinueWithFunction(continuationFunction, TaskScheduler.Current, default, continuationOptions);
        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler) =>
            ContinueWithFunction(continuationFunction, scheduler, cancellationToken, continuationOptions);

        private Task<TNewResult> ContinueWithFunction<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction, TaskScheduler scheduler, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions)
        {
            if (continuationFunction == null) throw new ArgumentNullException(nameof(continuationFunction));
            if (scheduler == null) throw new ArgumentNullException(nameof(scheduler));
            TaskCreationOptions creationOptions = CreationOptionsFromContinuationOptions(continuationOptions);
            var continuation = new ContinuationResultTaskFromResultTask<TResult, TNewResult>(this, continuationFunction, null, creationOptions);
            ContinueWithCore(continuation, scheduler, cancellationToken, continuationOptions);
            return continuation;
        }

        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, object, TNewResult> continuationFunction, object state) =>
            ContinueWithFunction(continuationFunction, state, TaskScheduler.Current, default, TaskContinuationOptions.None);
        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, object, TNewResult> continuationFunction, object state, CancellationToken cancellationToken) =>
            ContinueWithFunction(continuationFunction, state, TaskScheduler.Current, cancellationToken, TaskContinuationOptions.None);
        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, object, TNewResult> continuationFunction, object state, TaskScheduler scheduler) =>
            ContinueWithFunction(continuationFunction, state, scheduler, default, TaskContinuationOptions.None);
        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, object, TNewResult> continuationFunction, object state, TaskContinuationOptions continuationOptions) =>
            ContinueWithFunction(continuationFunction, state, TaskScheduler.Current, default, continuationOptions);
        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, object, TNewResult> continuationFunction, object state, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler) =>
            ContinueWithFunction(continuationFunction, state, scheduler, cancellationToken, continuationOptions);

        private Task<TNewResult> ContinueWithFunction<TNewResult>(Func<Task<TResult>, object, TNewResult> continuationFunction, object state, TaskScheduler scheduler, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions)
        {
            if (continuationFunction == null) throw new ArgumentNullException(nameof(continuationFunction));
            if (scheduler == null) throw new ArgumentNullException(nameof(scheduler));
            TaskCreationOptions creationOptions = CreationOptionsFromContinuationOptions(continuationOptions);
            var continuation = new ContinuationResultTaskFromResultTask<TResult, TNewResult>(this, continuationFunction, state, creationOptions);
            ContinueWithCore(continuation, scheduler, cancellationToken, continuationOptions);
            return continuation;
        }
    }

    internal sealed class ContinuationTaskFromTask : Task
    {
        private Task _antecedent;

        public ContinuationTaskFromTask(Task antecedent, Delegate action, object state, TaskCreationOptions creationOptions)
            : base(action, state, default, creationOptions, true) { _antecedent = antecedent; }

        internal override void InnerInvoke()
        {
            Task antecedent = _antecedent;
            _antecedent = null;
            if (_action is Action<Task> action) action(antecedent);
            else ((Action<Task, object>)_action)(antecedent, _stateObject);
        }
    }

    internal sealed class ContinuationResultTaskFromTask<TResult> : Task<TResult>
    {
        private Task _antecedent;

        public ContinuationResultTaskFromTask(Task antecedent, Delegate function, object state, TaskCreationOptions creationOptions)
            : base(function, state, default, creationOptions, true) { _antecedent = antecedent; }

        internal override void InnerInvoke()
        {
            Task antecedent = _antecedent;
            _antecedent = null;
            if (_action is Func<Task, TResult> function) _result = function(antecedent);
            else _result = ((Func<Task, object, TResult>)_action)(antecedent, _stateObject);
        }
    }

    internal sealed class ContinuationTaskFromResultTask<TAntecedentResult> : Task
    {
        private Task<TAntecedentResult> _antecedent;

        public ContinuationTaskFromResultTask(Task<TAntecedentResult> antecedent, Delegate action, object state, TaskCreationOptions creationOptions)
            : base(action, state, default, creationOptions, true) { _antecedent = antecedent; }

        internal override void InnerInvoke()
        {
            Task<TAntecedentResult> antecedent = _antecedent;
            _antecedent = null;
            if (_action is Action<Task<TAntecedentResult>> action) action(antecedent);
            else ((Action<Task<TAntecedentResult>, object>)_action)(antecedent, _stateObject);
        }
    }

    internal sealed class ContinuationResultTaskFromResultTask<TAntecedentResult, TResult> : Task<TResult>
    {
        private Task<TAntecedentResult> _antecedent;

        public ContinuationResultTaskFromResultTask(Task<TAntecedentResult> antecedent, Delegate function, object state, TaskCreationOptions creationOptions)
            : base(function, state, default, creationOptions, true) { _antecedent = antecedent; }

        internal override void InnerInvoke()
        {
            Task<TAntecedentResult> antecedent = _antecedent;
            _antecedent = null;
            if (_action is Func<Task<TAntecedentResult>, TResult> function) _result = function(antecedent);
            else _result = ((Func<Task<TAntecedentResult>, object, TResult>)_action)(antecedent, _stateObject);
        }
    }
}

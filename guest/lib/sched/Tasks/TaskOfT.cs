using System.Runtime.CompilerServices;
using Kiln.Runtime;

namespace System.Threading.Tasks
{
    // A task with a result. Result waits like Wait() and throws what it throws; await returns the result or throws
    // the first exception.
    public partial class Task<TResult> : Task
    {
        internal TResult _result;

        // default(TResult) completed, shared (Task.FromResult and async methods hand it out, as .NET's TaskCache).
        internal static readonly Task<TResult> s_defaultResultTask = new Task<TResult>(default(TResult));

        public Task(Func<TResult> function) : this(function, default, TaskCreationOptions.None) { }
        public Task(Func<TResult> function, CancellationToken cancellationToken) : this(function, cancellationToken, TaskCreationOptions.None) { }
        public Task(Func<TResult> function, TaskCreationOptions creationOptions) : this(function, default, creationOptions) { }
        public Task(Func<TResult> function, CancellationToken cancellationToken, TaskCreationOptions creationOptions)
            : base(function, null, cancellationToken, creationOptions, false) { }
        public Task(Func<object, TResult> function, object state) : this(function, state, default, TaskCreationOptions.None) { }
        public Task(Func<object, TResult> function, object state, CancellationToken cancellationToken) : this(function, state, cancellationToken, TaskCreationOptions.None) { }
        public Task(Func<object, TResult> function, object state, TaskCreationOptions creationOptions) : this(function, state, default, creationOptions) { }
        public Task(Func<object, TResult> function, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions)
            : base(function, state, cancellationToken, creationOptions, false) { }

        internal Task(Delegate function, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions, bool continuation)
            : base(function, state, cancellationToken, creationOptions, continuation) { }

        internal Task() { }

        internal Task(object state, TaskCreationOptions creationOptions) : base(state, creationOptions) { }

        internal Task(TResult result) : base(false, default) { _result = result; }

        internal Task(bool canceled, CancellationToken cancellationToken) : base(canceled, cancellationToken) { }

        public TResult Result => IsCompletedSuccessfully ? _result : GetResultCore();

        private TResult GetResultCore()
        {
            if (!IsCompleted) InternalWait(Timeout.Infinite, default);
            ThrowIfExceptional(true);
            return _result;
        }

        internal TResult ResultOnSuccess => _result;

        internal override void InnerInvoke()
        {
            if (_action is Func<TResult> function) _result = function();
            else if (_action is Func<object, TResult> withState) _result = withState(_stateObject);
        }

        internal bool TrySetResult(TResult result)
        {
            Preemption.Disable();
            if (IsCompleted)
            {
                Preemption.Enable();
                return false;
            }
            _result = result;
            object continuations = TakeContinuations(TaskStatus.RanToCompletion);
            Preemption.Enable();
            AfterCompletion(continuations);
            return true;
        }

        public new TaskAwaiter<TResult> GetAwaiter() => new TaskAwaiter<TResult>(this);

        public new ConfiguredTaskAwaitable<TResult> ConfigureAwait(bool continueOnCapturedContext) =>
            new ConfiguredTaskAwaitable<TResult>(this, continueOnCapturedContext ? ConfigureAwaitOptions.ContinueOnCapturedContext : ConfigureAwaitOptions.None);

        public new ConfiguredTaskAwaitable<TResult> ConfigureAwait(ConfigureAwaitOptions options)
        {
            if ((options & ~(ConfigureAwaitOptions.ContinueOnCapturedContext | ConfigureAwaitOptions.ForceYielding)) != 0)
            {
                if ((options & ConfigureAwaitOptions.SuppressThrowing) != 0)
                    throw new ArgumentOutOfRangeException(nameof(options), "Task<TResult>.ConfigureAwait does not support ConfigureAwaitOptions.SuppressThrowing. To suppress throwing, instead cast the Task<TResult> to its base class Task and await that with SuppressThrowing.");
                throw new ArgumentOutOfRangeException(nameof(options));
            }
            return new ConfiguredTaskAwaitable<TResult>(this, options);
        }

        private static TaskFactory<TResult> s_factory;
        public static new TaskFactory<TResult> Factory => s_factory ??= new TaskFactory<TResult>();
    }
}

using System.Runtime.CompilerServices;
using System.Threading.Tasks.Sources;

namespace System.Threading.Tasks
{
    // A result that is often there at once: default/the result itself (no allocation), a Task, or an
    // IValueTaskSource with a token.
    [AsyncMethodBuilder(typeof(AsyncValueTaskMethodBuilder))]
    public readonly struct ValueTask : IEquatable<ValueTask>
    {
        internal readonly object _obj;
        internal readonly short _token;
        internal readonly bool _continueOnCapturedContext;

        public ValueTask(Task task)
        {
            _obj = task ?? throw new ArgumentNullException(nameof(task));
            _token = 0;
            _continueOnCapturedContext = true;
        }

        public ValueTask(IValueTaskSource source, short token)
        {
            _obj = source ?? throw new ArgumentNullException(nameof(source));
            _token = token;
            _continueOnCapturedContext = true;
        }

        private ValueTask(object obj, short token, bool continueOnCapturedContext)
        {
            _obj = obj;
            _token = token;
            _continueOnCapturedContext = continueOnCapturedContext;
        }

        public static ValueTask CompletedTask => default;
        public static ValueTask<TResult> FromResult<TResult>(TResult result) => new ValueTask<TResult>(result);
        public static ValueTask FromCanceled(CancellationToken cancellationToken) => new ValueTask(Task.FromCanceled(cancellationToken));
        public static ValueTask<TResult> FromCanceled<TResult>(CancellationToken cancellationToken) => new ValueTask<TResult>(Task.FromCanceled<TResult>(cancellationToken));
        public static ValueTask FromException(Exception exception) => new ValueTask(Task.FromException(exception));
        public static ValueTask<TResult> FromException<TResult>(Exception exception) => new ValueTask<TResult>(Task.FromException<TResult>(exception));

        public override int GetHashCode() => _obj?.GetHashCode() ?? 0;
        public override bool Equals(object obj) => obj is ValueTask other && Equals(other);
        public bool Equals(ValueTask other) => _obj == other._obj && _token == other._token;
        public static bool operator ==(ValueTask left, ValueTask right) => left.Equals(right);
        public static bool operator !=(ValueTask left, ValueTask right) => !left.Equals(right);

        public Task AsTask()
        {
            object obj = _obj;
            if (obj == null) return Task.CompletedTask;
            if (obj is Task task) return task;
            return ValueTaskSourceAsTask.Create((IValueTaskSource)obj, _token);
        }

        public ValueTask Preserve() => _obj == null ? this : new ValueTask(AsTask());

        public bool IsCompleted
        {
            get
            {
                object obj = _obj;
                if (obj == null) return true;
                if (obj is Task task) return task.IsCompleted;
                return ((IValueTaskSource)obj).GetStatus(_token) != ValueTaskSourceStatus.Pending;
            }
        }

        public bool IsCompletedSuccessfully
        {
            get
            {
                object obj = _obj;
                if (obj == null) return true;
                if (obj is Task task) return task.IsCompletedSuccessfully;
                return ((IValueTaskSource)obj).GetStatus(_token) == ValueTaskSourceStatus.Succeeded;
            }
        }

        public bool IsFaulted
        {
            get
            {
                object obj = _obj;
                if (obj == null) return false;
                if (obj is Task task) return task.IsFaulted;
                return ((IValueTaskSource)obj).GetStatus(_token) == ValueTaskSourceStatus.Faulted;
            }
        }

        public bool IsCanceled
        {
            get
            {
                object obj = _obj;
                if (obj == null) return false;
                if (obj is Task task) return task.IsCanceled;
                return ((IValueTaskSource)obj).GetStatus(_token) == ValueTaskSourceStatus.Canceled;
            }
        }

        internal void ThrowIfCompletedUnsuccessfully()
        {
            object obj = _obj;
            if (obj == null) return;
            if (obj is Task task) TaskAwaiter.ValidateEnd(task);
            else ((IValueTaskSource)obj).GetResult(_token);
        }

        public ValueTaskAwaiter GetAwaiter() => new ValueTaskAwaiter(in this);

        public ConfiguredValueTaskAwaitable ConfigureAwait(bool continueOnCapturedContext) =>
            new ConfiguredValueTaskAwaitable(new ValueTask(_obj, _token, continueOnCapturedContext));

        // The task behind a source: completes when the source calls back.
        private sealed class ValueTaskSourceAsTask : Task<VoidTaskResult>
        {
            private static readonly Action<object> s_completion = state => ((ValueTaskSourceAsTask)state).Complete();
            private IValueTaskSource _source;
            private readonly short _token;

            private ValueTaskSourceAsTask(IValueTaskSource source, short token) { _source = source; _token = token; }

            public static Task Create(IValueTaskSource source, short token)
            {
                var task = new ValueTaskSourceAsTask(source, token);
                if (source.GetStatus(token) != ValueTaskSourceStatus.Pending) task.Complete();
                else source.OnCompleted(s_completion, task, token, ValueTaskSourceOnCompletedFlags.None);
                return task;
            }

            private void Complete()
            {
                IValueTaskSource source = _source;
                _source = null;
                ValueTaskSourceStatus status = source.GetStatus(_token);
                try
                {
                    source.GetResult(_token);
                    TrySetResult(default);
                }
                catch (Exception e)
                {
                    if (status == ValueTaskSourceStatus.Canceled && e is OperationCanceledException oce) TrySetCanceled(oce.CancellationToken, oce);
                    else TrySetException(e);
                }
            }
        }
    }

    [AsyncMethodBuilder(typeof(AsyncValueTaskMethodBuilder<>))]
    public readonly struct ValueTask<TResult> : IEquatable<ValueTask<TResult>>
    {
        internal readonly object _obj;
        internal readonly TResult _result;
        internal readonly short _token;
        internal readonly bool _continueOnCapturedContext;

        public ValueTask(TResult result)
        {
            _result = result;
            _obj = null;
            _token = 0;
            _continueOnCapturedContext = true;
        }

        public ValueTask(Task<TResult> task)
        {
            _obj = task ?? throw new ArgumentNullException(nameof(task));
            _result = default;
            _token = 0;
            _continueOnCapturedContext = true;
        }

        public ValueTask(IValueTaskSource<TResult> source, short token)
        {
            _obj = source ?? throw new ArgumentNullException(nameof(source));
            _result = default;
            _token = token;
            _continueOnCapturedContext = true;
        }

        private ValueTask(object obj, TResult result, short token, bool continueOnCapturedContext)
        {
            _obj = obj;
            _result = result;
            _token = token;
            _continueOnCapturedContext = continueOnCapturedContext;
        }

        public override int GetHashCode() => _obj != null ? _obj.GetHashCode() : _result != null ? _result.GetHashCode() : 0;
        public override bool Equals(object obj) => obj is ValueTask<TResult> other && Equals(other);

        public bool Equals(ValueTask<TResult> other) =>
            _obj != null || other._obj != null
                ? _obj == other._obj && _token == other._token
                : System.Collections.Generic.EqualityComparer<TResult>.Default.Equals(_result, other._result);

        public static bool operator ==(ValueTask<TResult> left, ValueTask<TResult> right) => left.Equals(right);
        public static bool operator !=(ValueTask<TResult> left, ValueTask<TResult> right) => !left.Equals(right);

        public Task<TResult> AsTask()
        {
            object obj = _obj;
            if (obj == null) return Task.FromResult(_result);
            if (obj is Task<TResult> task) return task;
            return ValueTaskSourceAsTask.Create((IValueTaskSource<TResult>)obj, _token);
        }

        public ValueTask<TResult> Preserve() => _obj == null ? this : new ValueTask<TResult>(AsTask());

        public bool IsCompleted
        {
            get
            {
                object obj = _obj;
                if (obj == null) return true;
                if (obj is Task<TResult> task) return task.IsCompleted;
                return ((IValueTaskSource<TResult>)obj).GetStatus(_token) != ValueTaskSourceStatus.Pending;
            }
        }

        public bool IsCompletedSuccessfully
        {
            get
            {
                object obj = _obj;
                if (obj == null) return true;
                if (obj is Task<TResult> task) return task.IsCompletedSuccessfully;
                return ((IValueTaskSource<TResult>)obj).GetStatus(_token) == ValueTaskSourceStatus.Succeeded;
            }
        }

        public bool IsFaulted
        {
            get
            {
                object obj = _obj;
                if (obj == null) return false;
                if (obj is Task<TResult> task) return task.IsFaulted;
                return ((IValueTaskSource<TResult>)obj).GetStatus(_token) == ValueTaskSourceStatus.Faulted;
            }
        }

        public bool IsCanceled
        {
            get
            {
                object obj = _obj;
                if (obj == null) return false;
                if (obj is Task<TResult> task) return task.IsCanceled;
                return ((IValueTaskSource<TResult>)obj).GetStatus(_token) == ValueTaskSourceStatus.Canceled;
            }
        }

        public TResult Result
        {
            get
            {
                object obj = _obj;
                if (obj == null) return _result;
                if (obj is Task<TResult> task)
                {
                    TaskAwaiter.ValidateEnd(task);
                    return task.ResultOnSuccess;
                }
                return ((IValueTaskSource<TResult>)obj).GetResult(_token);
            }
        }

        public ValueTaskAwaiter<TResult> GetAwaiter() => new ValueTaskAwaiter<TResult>(in this);

        public ConfiguredValueTaskAwaitable<TResult> ConfigureAwait(bool continueOnCapturedContext) =>
            new ConfiguredValueTaskAwaitable<TResult>(new ValueTask<TResult>(_obj, _result, _token, continueOnCapturedContext));

        public override string ToString()
        {
            if (IsCompletedSuccessfully)
            {
                TResult result = Result;
                if (result != null) return result.ToString();
            }
            return string.Empty;
        }

        private sealed class ValueTaskSourceAsTask : Task<TResult>
        {
            private static readonly Action<object> s_completion = state => ((ValueTaskSourceAsTask)state).Complete();
            private IValueTaskSource<TResult> _source;
            private readonly short _token;

            private ValueTaskSourceAsTask(IValueTaskSource<TResult> source, short token) { _source = source; _token = token; }

            public static Task<TResult> Create(IValueTaskSource<TResult> source, short token)
            {
                var task = new ValueTaskSourceAsTask(source, token);
                if (source.GetStatus(token) != ValueTaskSourceStatus.Pending) task.Complete();
                else source.OnCompleted(s_completion, task, token, ValueTaskSourceOnCompletedFlags.None);
                return task;
            }

            private void Complete()
            {
                IValueTaskSource<TResult> source = _source;
                _source = null;
                ValueTaskSourceStatus status = source.GetStatus(_token);
                try
                {
                    TrySetResult(source.GetResult(_token));
                }
                catch (Exception e)
                {
                    if (status == ValueTaskSourceStatus.Canceled && e is OperationCanceledException oce) TrySetCanceled(oce.CancellationToken, oce);
                    else TrySetException(e);
                }
            }
        }
    }
}

namespace System.Threading.Tasks.Sources
{
    [Flags]
    public enum ValueTaskSourceOnCompletedFlags
    {
        None,
        UseSchedulingContext = 0x1,
        FlowExecutionContext = 0x2,
    }

    public enum ValueTaskSourceStatus
    {
        Pending = 0,
        Succeeded = 1,
        Faulted = 2,
        Canceled = 3,
    }

    public interface IValueTaskSource
    {
        ValueTaskSourceStatus GetStatus(short token);
        void OnCompleted(Action<object> continuation, object state, short token, ValueTaskSourceOnCompletedFlags flags);
        void GetResult(short token);
    }

    public interface IValueTaskSource<out TResult>
    {
        ValueTaskSourceStatus GetStatus(short token);
        void OnCompleted(Action<object> continuation, object state, short token, ValueTaskSourceOnCompletedFlags flags);
        TResult GetResult(short token);
    }

    // The core of a reusable IValueTaskSource: one result (or exception) per Version, and one continuation for it.
    public struct ManualResetValueTaskSourceCore<TResult>
    {
        private static readonly Action<object> s_sentinel = _ => throw new InvalidOperationException();

        private Action<object> _continuation;
        private object _continuationState;
        private object _capturedContext;   // a SynchronizationContext or TaskScheduler to continue on
        private Exception _error;
        private TResult _result;
        private short _version;
        private bool _completed;

        public bool RunContinuationsAsynchronously { get; set; }

        public short Version => _version;

        public void Reset()
        {
            _version++;
            _completed = false;
            _result = default;
            _error = null;
            _continuation = null;
            _continuationState = null;
            _capturedContext = null;
        }

        public void SetResult(TResult result)
        {
            _result = result;
            SignalCompletion();
        }

        public void SetException(Exception error)
        {
            _error = error;
            SignalCompletion();
        }

        public ValueTaskSourceStatus GetStatus(short token)
        {
            ValidateToken(token);
            return Volatile.Read(ref _continuation) == null || !_completed ? ValueTaskSourceStatus.Pending
                 : _error == null ? ValueTaskSourceStatus.Succeeded
                 : _error is OperationCanceledException ? ValueTaskSourceStatus.Canceled
                 : ValueTaskSourceStatus.Faulted;
        }

        public TResult GetResult(short token)
        {
            if (token != _version || !_completed) throw new InvalidOperationException();
            if (_error != null) Task.Rethrow(_error);
            return _result;
        }

        public void OnCompleted(Action<object> continuation, object state, short token, ValueTaskSourceOnCompletedFlags flags)
        {
            if (continuation == null) throw new ArgumentNullException(nameof(continuation));
            ValidateToken(token);
            if ((flags & ValueTaskSourceOnCompletedFlags.UseSchedulingContext) != 0)
            {
                SynchronizationContext context = SynchronizationContext.Current;
                if (SynchronizationContext.IsCustom(context)) _capturedContext = context;
                else
                {
                    TaskScheduler scheduler = TaskScheduler.Current;
                    if (scheduler != TaskScheduler.Default) _capturedContext = scheduler;
                }
            }
            object stored = _continuation;
            if (stored == null)
            {
                _continuationState = state;
                stored = Interlocked.CompareExchange(ref _continuation, continuation, null);
                if (stored == null) return;
            }
            // Completed meanwhile: the continuation runs elsewhere, not inside this call.
            if (stored != (object)s_sentinel) throw new InvalidOperationException();
            object context2 = _capturedContext;
            if (context2 == null) ThreadPool.UnsafeQueueUserWorkItem(continuation, state, preferLocal: true);
            else if (context2 is SynchronizationContext sc) sc.Post(s => { var t = (Tuple)s; t.Continuation(t.State); }, new Tuple { Continuation = continuation, State = state });
            else Task.Factory.StartNew(continuation, state, CancellationToken.None, TaskCreationOptions.DenyChildAttach, (TaskScheduler)context2);
        }

        private void ValidateToken(short token)
        {
            if (token != _version) throw new InvalidOperationException();
        }

        private void SignalCompletion()
        {
            if (_completed) throw new InvalidOperationException();
            _completed = true;
            if (Volatile.Read(ref _continuation) == null && Interlocked.CompareExchange(ref _continuation, s_sentinel, null) == null) return;
            Action<object> continuation = _continuation;
            object state = _continuationState;
            object context = _capturedContext;
            if (context == null)
            {
                if (RunContinuationsAsynchronously) ThreadPool.UnsafeQueueUserWorkItem(continuation, state, preferLocal: true);
                else continuation(state);
            }
            else if (context is SynchronizationContext sc) sc.Post(s => { var t = (Tuple)s; t.Continuation(t.State); }, new Tuple { Continuation = continuation, State = state });
            else Task.Factory.StartNew(continuation, state, CancellationToken.None, TaskCreationOptions.DenyChildAttach, (TaskScheduler)context);
        }

        private sealed class Tuple
        {
            public Action<object> Continuation;
            public object State;
        }
    }
}

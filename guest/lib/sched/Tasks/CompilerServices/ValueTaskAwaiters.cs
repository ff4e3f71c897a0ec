using System.Diagnostics;
using System.Threading.Tasks;
using System.Threading.Tasks.Sources;

namespace System.Runtime.CompilerServices
{
    // await valueTask: a ValueTask holding its result completes at once; one holding a Task awaits it; one holding an
    // IValueTaskSource hands it the continuation.
    public readonly struct ValueTaskAwaiter : ICriticalNotifyCompletion
    {
        internal static readonly Action<object> s_invokeActionDelegate = state => ((Action)state)();
        private readonly ValueTask _value;

        internal ValueTaskAwaiter(in ValueTask value) { _value = value; }

        public bool IsCompleted => _value.IsCompleted;

        [StackTraceHidden]
        public void GetResult() => _value.ThrowIfCompletedUnsuccessfully();

        public void OnCompleted(Action continuation) => OnCompleted(_value._obj, _value._token, continuation, true);

        public void UnsafeOnCompleted(Action continuation) => OnCompleted(_value._obj, _value._token, continuation, true);

        internal static void OnCompleted(object obj, short token, Action continuation, bool continueOnCapturedContext)
        {
            if (obj is Task task) TaskAwaiter.OnCompletedInternal(task, continuation, continueOnCapturedContext);
            else if (obj is IValueTaskSource source)
                source.OnCompleted(s_invokeActionDelegate, continuation, token,
                    continueOnCapturedContext ? ValueTaskSourceOnCompletedFlags.UseSchedulingContext : ValueTaskSourceOnCompletedFlags.None);
            else TaskAwaiter.OnCompletedInternal(Task.CompletedTask, continuation, continueOnCapturedContext);
        }
    }

    public readonly struct ValueTaskAwaiter<TResult> : ICriticalNotifyCompletion
    {
        private readonly ValueTask<TResult> _value;

        internal ValueTaskAwaiter(in ValueTask<TResult> value) { _value = value; }

        public bool IsCompleted => _value.IsCompleted;

        [StackTraceHidden]
        public TResult GetResult() => _value.Result;

        public void OnCompleted(Action continuation) => OnCompleted(_value._obj, _value._token, continuation, true);

        public void UnsafeOnCompleted(Action continuation) => OnCompleted(_value._obj, _value._token, continuation, true);

        internal static void OnCompleted(object obj, short token, Action continuation, bool continueOnCapturedContext)
        {
            if (obj is Task<TResult> task) TaskAwaiter.OnCompletedInternal(task, continuation, continueOnCapturedContext);
            else if (obj is IValueTaskSource<TResult> source)
                source.OnCompleted(ValueTaskAwaiter.s_invokeActionDelegate, continuation, token,
                    continueOnCapturedContext ? ValueTaskSourceOnCompletedFlags.UseSchedulingContext : ValueTaskSourceOnCompletedFlags.None);
            else TaskAwaiter.OnCompletedInternal(Task.CompletedTask, continuation, continueOnCapturedContext);
        }
    }

    public readonly struct ConfiguredValueTaskAwaitable
    {
        private readonly ValueTask _value;

        internal ConfiguredValueTaskAwaitable(in ValueTask value) { _value = value; }

        public ConfiguredValueTaskAwaiter GetAwaiter() => new ConfiguredValueTaskAwaiter(in _value);

        public readonly struct ConfiguredValueTaskAwaiter : ICriticalNotifyCompletion
        {
            private readonly ValueTask _value;

            internal ConfiguredValueTaskAwaiter(in ValueTask value) { _value = value; }

            public bool IsCompleted => _value.IsCompleted;

            [StackTraceHidden]
        public void GetResult() => _value.ThrowIfCompletedUnsuccessfully();

            public void OnCompleted(Action continuation) =>
                ValueTaskAwaiter.OnCompleted(_value._obj, _value._token, continuation, _value._continueOnCapturedContext);

            public void UnsafeOnCompleted(Action continuation) =>
                ValueTaskAwaiter.OnCompleted(_value._obj, _value._token, continuation, _value._continueOnCapturedContext);
        }
    }

    public readonly struct ConfiguredValueTaskAwaitable<TResult>
    {
        private readonly ValueTask<TResult> _value;

        internal ConfiguredValueTaskAwaitable(in ValueTask<TResult> value) { _value = value; }

        public ConfiguredValueTaskAwaiter GetAwaiter() => new ConfiguredValueTaskAwaiter(in _value);

        public readonly struct ConfiguredValueTaskAwaiter : ICriticalNotifyCompletion
        {
            private readonly ValueTask<TResult> _value;

            internal ConfiguredValueTaskAwaiter(in ValueTask<TResult> value) { _value = value; }

            public bool IsCompleted => _value.IsCompleted;

            [StackTraceHidden]
        public TResult GetResult() => _value.Result;

            public void OnCompleted(Action continuation) =>
                ValueTaskAwaiter<TResult>.OnCompleted(_value._obj, _value._token, continuation, _value._continueOnCapturedContext);

            public void UnsafeOnCompleted(Action continuation) =>
                ValueTaskAwaiter<TResult>.OnCompleted(_value._obj, _value._token, continuation, _value._continueOnCapturedContext);
        }
    }
}

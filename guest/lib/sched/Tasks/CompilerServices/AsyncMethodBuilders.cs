using System.Threading;
using System.Threading.Tasks;

namespace System.Runtime.CompilerServices
{
    // What the C# compiler builds async methods from. The state machine (a struct in release builds) starts on the
    // caller's stack; at its first await that does not complete at once it is copied into a box, a Task<TResult>
    // that is also the method's task, and each later step runs from the box's MoveNext.
    public interface IAsyncStateMachine
    {
        void MoveNext();
        void SetStateMachine(IAsyncStateMachine stateMachine);
    }

    [AttributeUsage(AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
    public sealed class AsyncStateMachineAttribute : StateMachineAttribute
    {
        public AsyncStateMachineAttribute(Type stateMachineType) : base(stateMachineType) { }
    }

    [AttributeUsage(AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
    public class StateMachineAttribute : Attribute
    {
        public StateMachineAttribute(Type stateMachineType) { StateMachineType = stateMachineType; }
        public Type StateMachineType { get; }
    }

    // On a task-like type (ValueTask) or an async method: the builder the compiler uses for it.
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Delegate | AttributeTargets.Enum | AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
    public sealed class AsyncMethodBuilderAttribute : Attribute
    {
        public AsyncMethodBuilderAttribute(Type builderType) { BuilderType = builderType; }
        public Type BuilderType { get; }
    }

    internal static class AsyncMethodBuilderCore
    {
        // Runs the first step on this thread; a SynchronizationContext the method changed is put back, as .NET does.
        public static void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            if (stateMachine == null) throw new ArgumentNullException(nameof(stateMachine));
            SynchronizationContext context = SynchronizationContext.Current;
            try
            {
                stateMachine.MoveNext();
            }
            finally
            {
                if (SynchronizationContext.Current != context) SynchronizationContext.SetSynchronizationContext(context);
            }
        }

        public static void SetStateMachine(IAsyncStateMachine stateMachine, Task task)
        {
            if (stateMachine == null) throw new ArgumentNullException(nameof(stateMachine));
            if (task != null) throw new InvalidOperationException("The builder was not properly initialized.");
        }
    }

    public struct AsyncTaskMethodBuilder<TResult>
    {
        internal Task<TResult> m_task;

        public static AsyncTaskMethodBuilder<TResult> Create() => default;

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine =>
            AsyncMethodBuilderCore.Start(ref stateMachine);

        public void SetStateMachine(IAsyncStateMachine stateMachine) => AsyncMethodBuilderCore.SetStateMachine(stateMachine, m_task);

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine =>
            awaiter.OnCompleted(GetStateMachineBox(ref stateMachine, ref m_task).MoveNextAction);

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine =>
            awaiter.UnsafeOnCompleted(GetStateMachineBox(ref stateMachine, ref m_task).MoveNextAction);

        public Task<TResult> Task => m_task ??= new Task<TResult>();

        public void SetResult(TResult result) => SetResult(result, ref m_task);

        public void SetException(Exception exception) => SetException(exception, ref m_task);

        // The box: the first await copies the state machine into it. taskField is set before the copy, so the copy's
        // builder knows its task too.
        internal static AsyncStateMachineBox<TStateMachine> GetStateMachineBox<TStateMachine>(ref TStateMachine stateMachine, ref Task<TResult> taskField)
            where TStateMachine : IAsyncStateMachine
        {
            if (taskField is AsyncStateMachineBox<TStateMachine> box) return box;
            box = new AsyncStateMachineBox<TStateMachine>();
            taskField = box;
            box.StateMachine = stateMachine;
            return box;
        }

        internal static void SetResult(TResult result, ref Task<TResult> taskField)
        {
            if (taskField == null) taskField = System.Threading.Tasks.Task.FromResult(result);
            else if (!taskField.TrySetResult(result)) throw TaskCompletionSource<TResult>.AlreadyCompleted();
        }

        // An OperationCanceledException cancels the task (awaiting it throws that exception); any other faults it.
        internal static void SetException(Exception exception, ref Task<TResult> taskField)
        {
            if (exception == null) throw new ArgumentNullException(nameof(exception));
            Task<TResult> task = taskField ??= new Task<TResult>();
            bool set = exception is OperationCanceledException oce
                ? task.TrySetCanceled(oce.CancellationToken, oce)
                : task.TrySetException(exception);
            if (!set) throw TaskCompletionSource<TResult>.AlreadyCompleted();
        }

        internal sealed class AsyncStateMachineBox<TStateMachine> : Task<TResult> where TStateMachine : IAsyncStateMachine
        {
            public TStateMachine StateMachine;
            private Action _moveNextAction;

            public Action MoveNextAction => _moveNextAction ??= new Action(MoveNext);

            public void MoveNext()
            {
                StateMachine.MoveNext();
                if (IsCompleted) StateMachine = default; // let the collector have what the method held
            }
        }
    }

    public struct AsyncTaskMethodBuilder
    {
        private Task<VoidTaskResult> m_task;

        public static AsyncTaskMethodBuilder Create() => default;

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine =>
            AsyncMethodBuilderCore.Start(ref stateMachine);

        public void SetStateMachine(IAsyncStateMachine stateMachine) => AsyncMethodBuilderCore.SetStateMachine(stateMachine, m_task);

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine =>
            awaiter.OnCompleted(AsyncTaskMethodBuilder<VoidTaskResult>.GetStateMachineBox(ref stateMachine, ref m_task).MoveNextAction);

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine =>
            awaiter.UnsafeOnCompleted(AsyncTaskMethodBuilder<VoidTaskResult>.GetStateMachineBox(ref stateMachine, ref m_task).MoveNextAction);

        public Task Task => m_task ??= new Task<VoidTaskResult>();

        public void SetResult()
        {
            if (m_task == null) m_task = System.Threading.Tasks.Task.s_cachedCompleted;
            else if (!m_task.TrySetResult(default)) throw TaskCompletionSource<VoidTaskResult>.AlreadyCompleted();
        }

        public void SetException(Exception exception) => AsyncTaskMethodBuilder<VoidTaskResult>.SetException(exception, ref m_task);
    }

    // async void: nothing to return; an exception ends the image from the pool (or goes to the captured context),
    // as it ends a .NET process.
    public struct AsyncVoidMethodBuilder
    {
        private SynchronizationContext _synchronizationContext;
        private AsyncTaskMethodBuilder _builder;

        public static AsyncVoidMethodBuilder Create()
        {
            SynchronizationContext context = SynchronizationContext.Current;
            context?.OperationStarted();
            return new AsyncVoidMethodBuilder { _synchronizationContext = context };
        }

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine =>
            AsyncMethodBuilderCore.Start(ref stateMachine);

        public void SetStateMachine(IAsyncStateMachine stateMachine) => _builder.SetStateMachine(stateMachine);

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine =>
            _builder.AwaitOnCompleted(ref awaiter, ref stateMachine);

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine =>
            _builder.AwaitUnsafeOnCompleted(ref awaiter, ref stateMachine);

        public void SetResult()
        {
            _builder.SetResult();
            _synchronizationContext?.OperationCompleted();
        }

        public void SetException(Exception exception)
        {
            if (exception == null) throw new ArgumentNullException(nameof(exception));
            SynchronizationContext context = _synchronizationContext;
            if (context != null)
            {
                Task.ThrowAsync(exception, context);
                context.OperationCompleted();
            }
            else Task.ThrowAsync(exception, null);
            _builder.SetException(exception);
        }
    }

    // async ValueTask<TResult>: a method that finishes without awaiting returns its result in the ValueTask itself,
    // with no task allocated; otherwise the ValueTask wraps the method's task.
    public struct AsyncValueTaskMethodBuilder<TResult>
    {
        private Task<TResult> m_task;
        private TResult _result;
        private bool _haveResult;

        public static AsyncValueTaskMethodBuilder<TResult> Create() => default;

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine =>
            AsyncMethodBuilderCore.Start(ref stateMachine);

        public void SetStateMachine(IAsyncStateMachine stateMachine) => AsyncMethodBuilderCore.SetStateMachine(stateMachine, m_task);

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine =>
            awaiter.OnCompleted(AsyncTaskMethodBuilder<TResult>.GetStateMachineBox(ref stateMachine, ref m_task).MoveNextAction);

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine =>
            awaiter.UnsafeOnCompleted(AsyncTaskMethodBuilder<TResult>.GetStateMachineBox(ref stateMachine, ref m_task).MoveNextAction);

        public void SetResult(TResult result)
        {
            if (m_task == null)
            {
                _result = result;
                _haveResult = true;
            }
            else if (!m_task.TrySetResult(result)) throw TaskCompletionSource<TResult>.AlreadyCompleted();
        }

        public void SetException(Exception exception) => AsyncTaskMethodBuilder<TResult>.SetException(exception, ref m_task);

        public ValueTask<TResult> Task => _haveResult ? new ValueTask<TResult>(_result) : new ValueTask<TResult>(m_task ??= new Task<TResult>());
    }

    public struct AsyncValueTaskMethodBuilder
    {
        private Task<VoidTaskResult> m_task;
        private bool _haveResult;

        public static AsyncValueTaskMethodBuilder Create() => default;

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine =>
            AsyncMethodBuilderCore.Start(ref stateMachine);

        public void SetStateMachine(IAsyncStateMachine stateMachine) => AsyncMethodBuilderCore.SetStateMachine(stateMachine, m_task);

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine =>
            awaiter.OnCompleted(AsyncTaskMethodBuilder<VoidTaskResult>.GetStateMachineBox(ref stateMachine, ref m_task).MoveNextAction);

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine =>
            awaiter.UnsafeOnCompleted(AsyncTaskMethodBuilder<VoidTaskResult>.GetStateMachineBox(ref stateMachine, ref m_task).MoveNextAction);

        public void SetResult()
        {
            if (m_task == null) _haveResult = true;
            else if (!m_task.TrySetResult(default)) throw TaskCompletionSource<VoidTaskResult>.AlreadyCompleted();
        }

        public void SetException(Exception exception) => AsyncTaskMethodBuilder<VoidTaskResult>.SetException(exception, ref m_task);

        public ValueTask Task => _haveResult ? default : new ValueTask(m_task ??= new Task<VoidTaskResult>());
    }
}

using System.Collections.Generic;

namespace System.Threading.Tasks
{
    // The producer side of a promise task (WaitingForActivation until one of the Set/TrySet calls completes it).
    public class TaskCompletionSource
    {
        private readonly Task _task;

        public TaskCompletionSource() : this(null, TaskCreationOptions.None) { }
        public TaskCompletionSource(TaskCreationOptions creationOptions) : this(null, creationOptions) { }
        public TaskCompletionSource(object state) : this(state, TaskCreationOptions.None) { }
        public TaskCompletionSource(object state, TaskCreationOptions creationOptions) { _task = new Task(state, creationOptions); }

        public Task Task => _task;

        public void SetResult()
        {
            if (!TrySetResult()) throw TaskCompletionSource<int>.AlreadyCompleted();
        }

        public bool TrySetResult() => _task.TrySetResult();

        public void SetException(Exception exception)
        {
            if (!TrySetException(exception)) throw TaskCompletionSource<int>.AlreadyCompleted();
        }

        public void SetException(IEnumerable<Exception> exceptions)
        {
            if (!TrySetException(exceptions)) throw TaskCompletionSource<int>.AlreadyCompleted();
        }

        public bool TrySetException(Exception exception)
        {
            if (exception == null) throw new ArgumentNullException(nameof(exception));
            return _task.TrySetException(exception);
        }

        public bool TrySetException(IEnumerable<Exception> exceptions) => _task.TrySetExceptions(TaskCompletionSource<int>.CheckExceptions(exceptions));

        public void SetCanceled() => SetCanceled(default);

        public void SetCanceled(CancellationToken cancellationToken)
        {
            if (!TrySetCanceled(cancellationToken)) throw TaskCompletionSource<int>.AlreadyCompleted();
        }

        public bool TrySetCanceled() => TrySetCanceled(default);

        public bool TrySetCanceled(CancellationToken cancellationToken) => _task.TrySetCanceled(cancellationToken);

        public void SetFromTask(Task completedTask)
        {
            if (!TrySetFromTask(completedTask)) throw TaskCompletionSource<int>.AlreadyCompleted();
        }

        public bool TrySetFromTask(Task completedTask)
        {
            TaskCompletionSource<int>.CheckCompleted(completedTask);
            if (completedTask.IsFaulted) return _task.TrySetExceptions(new List<Exception>(completedTask.ExceptionList));
            if (completedTask.IsCanceled) return _task.TrySetCanceled(completedTask.CancellationToken, completedTask.CancellationException);
            return _task.TrySetResult();
        }
    }

    public class TaskCompletionSource<TResult>
    {
        private readonly Task<TResult> _task;

        public TaskCompletionSource() : this(null, TaskCreationOptions.None) { }
        public TaskCompletionSource(TaskCreationOptions creationOptions) : this(null, creationOptions) { }
        public TaskCompletionSource(object state) : this(state, TaskCreationOptions.None) { }
        public TaskCompletionSource(object state, TaskCreationOptions creationOptions) { _task = new Task<TResult>(state, creationOptions); }

        public Task<TResult> Task => _task;

        public void SetResult(TResult result)
        {
            if (!TrySetResult(result)) throw AlreadyCompleted();
        }

        public bool TrySetResult(TResult result) => _task.TrySetResult(result);

        public void SetException(Exception exception)
        {
            if (!TrySetException(exception)) throw AlreadyCompleted();
        }

        public void SetException(IEnumerable<Exception> exceptions)
        {
            if (!TrySetException(exceptions)) throw AlreadyCompleted();
        }

        public bool TrySetException(Exception exception)
        {
            if (exception == null) throw new ArgumentNullException(nameof(exception));
            return _task.TrySetException(exception);
        }

        public bool TrySetException(IEnumerable<Exception> exceptions) => _task.TrySetExceptions(CheckExceptions(exceptions));

        public void SetCanceled() => SetCanceled(default);

        public void SetCanceled(CancellationToken cancellationToken)
        {
            if (!TrySetCanceled(cancellationToken)) throw AlreadyCompleted();
        }

        public bool TrySetCanceled() => TrySetCanceled(default);

        public bool TrySetCanceled(CancellationToken cancellationToken) => _task.TrySetCanceled(cancellationToken);

        public void SetFromTask(Task<TResult> completedTask)
        {
            if (!TrySetFromTask(completedTask)) throw AlreadyCompleted();
        }

        public bool TrySetFromTask(Task<TResult> completedTask)
        {
            CheckCompleted(completedTask);
            if (completedTask.IsFaulted) return _task.TrySetExceptions(new List<Exception>(completedTask.ExceptionList));
            if (completedTask.IsCanceled) return _task.TrySetCanceled(completedTask.CancellationToken, completedTask.CancellationException);
            return _task.TrySetResult(completedTask.ResultOnSuccess);
        }

        internal static InvalidOperationException AlreadyCompleted() =>
            new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");

        internal static List<Exception> CheckExceptions(IEnumerable<Exception> exceptions)
        {
            if (exceptions == null) throw new ArgumentNullException(nameof(exceptions));
            var list = new List<Exception>();
            foreach (Exception e in exceptions)
            {
                if (e == null) throw new ArgumentException("The exceptions collection included at least one null element.", nameof(exceptions));
                list.Add(e);
            }
            if (list.Count == 0) throw new ArgumentException("The exceptions collection was empty.", nameof(exceptions));
            return list;
        }

        internal static void CheckCompleted(Task completedTask)
        {
            if (completedTask == null) throw new ArgumentNullException(nameof(completedTask));
            if (!completedTask.IsCompleted) throw new ArgumentException("The provided task must have already completed.", nameof(completedTask));
        }
    }
}

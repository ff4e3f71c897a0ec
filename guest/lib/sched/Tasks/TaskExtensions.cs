namespace System.Threading.Tasks
{
    public static class TaskExtensions
    {
        // A task that stands for the task the outer one produces (canceled if that is null).
        public static Task Unwrap(this Task<Task> task)
        {
            if (task == null) throw new ArgumentNullException(nameof(task));
            if (task.IsCompletedSuccessfully) return task.ResultOnSuccess ?? Task.FromCanceled(new CancellationToken(true));
            return new UnwrapPromise<VoidTaskResult>(task, lookForOce: false);
        }

        public static Task<TResult> Unwrap<TResult>(this Task<Task<TResult>> task)
        {
            if (task == null) throw new ArgumentNullException(nameof(task));
            if (task.IsCompletedSuccessfully) return task.ResultOnSuccess ?? Task.FromCanceled<TResult>(new CancellationToken(true));
            return new UnwrapPromise<TResult>(task, lookForOce: false);
        }
    }
}

namespace System
{
    // await using: DisposeAsync.
    public interface IAsyncDisposable
    {
        System.Threading.Tasks.ValueTask DisposeAsync();
    }
}

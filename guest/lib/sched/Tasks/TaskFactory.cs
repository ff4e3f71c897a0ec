namespace System.Threading.Tasks
{
    // Task.Factory: StartNew with this factory's defaults (TaskScheduler.Current unless one was given).
    public class TaskFactory
    {
        private readonly CancellationToken _cancellationToken;
        private readonly TaskScheduler _scheduler;
        private readonly TaskCreationOptions _creationOptions;
        private readonly TaskContinuationOptions _continuationOptions;

        public TaskFactory() { }
        public TaskFactory(CancellationToken cancellationToken) { _cancellationToken = cancellationToken; }
        public TaskFactory(TaskScheduler scheduler) { _scheduler = scheduler; }
        public TaskFactory(TaskCreationOptions creationOptions, TaskContinuationOptions continuationOptions) : this(default, creationOptions, continuationOptions, null) { }

        public TaskFactory(CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            Task.CreationOptionsFromContinuationOptions(continuationOptions);
            _cancellationToken = cancellationToken;
            _creationOptions = creationOptions;
            _continuationOptions = continuationOptions;
            _scheduler = scheduler;
        }

        public CancellationToken CancellationToken => _cancellationToken;
        public TaskScheduler Scheduler => _scheduler;
        public TaskCreationOptions CreationOptions => _creationOptions;
        public TaskContinuationOptions ContinuationOptions => _continuationOptions;

        private TaskScheduler GetDefaultScheduler() => _scheduler ?? TaskScheduler.Current;

        public Task StartNew(Action action) =>
            StartNewCore(action, null, _cancellationToken, _creationOptions, GetDefaultScheduler());
        public Task StartNew(Action action, CancellationToken cancellationToken) =>
            StartNewCore(action, null, cancellationToken, _creationOptions, GetDefaultScheduler());
        public Task StartNew(Action action, TaskCreationOptions creationOptions) =>
            StartNewCore(action, null, _cancellationToken, creationOptions, GetDefaultScheduler());
        public Task StartNew(Action action, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler) =>
            StartNewCore(action, null, cancellationToken, creationOptions, scheduler);

        public Task StartNew(Action<object> action, object state) =>
            StartNewCore(action, state, _cancellationToken, _creationOptions, GetDefaultScheduler());
        public Task StartNew(Action<object> action, object state, CancellationToken cancellationToken) =>
            StartNewCore(action, state, cancellationToken, _creationOptions, GetDefaultScheduler());
        public Task StartNew(Action<object> action, object state, TaskCreationOptions creationOptions) =>
            StartNewCore(action, state, _cancellationToken, creationOptions, GetDefaultScheduler());
        public Task StartNew(Action<object> action, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler) =>
            StartNewCore(action, state, cancellationToken, creationOptions, scheduler);

        public Task<TResult> StartNew<TResult>(Func<TResult> function) =>
            StartNewCore<TResult>(function, null, _cancellationToken, _creationOptions, GetDefaultScheduler());
        public Task<TResult> StartNew<TResult>(Func<TResult> function, CancellationToken cancellationToken) =>
            StartNewCore<TResult>(function, null, cancellationToken, _creationOptions, GetDefaultScheduler());
        public Task<TResult> StartNew<TResult>(Func<TResult> function, TaskCreationOptions creationOptions) =>
            StartNewCore<TResult>(function, null, _cancellationToken, creationOptions, GetDefaultScheduler());
        public Task<TResult> StartNew<TResult>(Func<TResult> function, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler) =>
            StartNewCore<TResult>(function, null, cancellationToken, creationOptions, scheduler);

        public Task<TResult> StartNew<TResult>(Func<object, TResult> function, object state) =>
            StartNewCore<TResult>(function, state, _cancellationToken, _creationOptions, GetDefaultScheduler());
        public Task<TResult> StartNew<TResult>(Func<object, TResult> function, object state, CancellationToken cancellationToken) =>
            StartNewCore<TResult>(function, state, cancellationToken, _creationOptions, GetDefaultScheduler());
        public Task<TResult> StartNew<TResult>(Func<object, TResult> function, object state, TaskCreationOptions creationOptions) =>
            StartNewCore<TResult>(function, state, _cancellationToken, creationOptions, GetDefaultScheduler());
        public Task<TResult> StartNew<TResult>(Func<object, TResult> function, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler) =>
            StartNewCore<TResult>(function, state, cancellationToken, creationOptions, scheduler);

        private static Task StartNewCore(Delegate action, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler)
        {
            if (action == null) throw new ArgumentNullException(nameof(action));
            var task = new Task(action, state, default, creationOptions, false);
            task.AssignCancellationTokenForRun(cancellationToken);
            Task.StartOn(task, scheduler);
            return task;
        }

        private static Task<TResult> StartNewCore<TResult>(Delegate function, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler)
        {
            if (function == null) throw new ArgumentNullException(nameof(function));
            var task = new Task<TResult>(function, state, default, creationOptions, false);
            task.AssignCancellationTokenForRun(cancellationToken);
            Task.StartOn(task, scheduler);
            return task;
        }
    }

    // Task<TResult>.Factory.
    public class TaskFactory<TResult>
    {
        private readonly CancellationToken _cancellationToken;
        private readonly TaskScheduler _scheduler;
        private readonly TaskCreationOptions _creationOptions;
        private readonly TaskContinuationOptions _continuationOptions;

        public TaskFactory() { }
        public TaskFactory(CancellationToken cancellationToken) { _cancellationToken = cancellationToken; }
        public TaskFactory(TaskScheduler scheduler) { _scheduler = scheduler; }
        public TaskFactory(TaskCreationOptions creationOptions, TaskContinuationOptions continuationOptions) : this(default, creationOptions, continuationOptions, null) { }

        public TaskFactory(CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            Task.CreationOptionsFromContinuationOptions(continuationOptions);
            _cancellationToken = cancellationToken;
            _creationOptions = creationOptions;
            _continuationOptions = continuationOptions;
            _scheduler = scheduler;
        }

        public CancellationToken CancellationToken => _cancellationToken;
        public TaskScheduler Scheduler => _scheduler;
        public TaskCreationOptions CreationOptions => _creationOptions;
        public TaskContinuationOptions ContinuationOptions => _continuationOptions;

        private TaskScheduler GetDefaultScheduler() => _scheduler ?? TaskScheduler.Current;

        public Task<TResult> StartNew(Func<TResult> function) =>
            StartNewCore(function, null, _cancellationToken, _creationOptions, GetDefaultScheduler());
        public Task<TResult> StartNew(Func<TResult> function, CancellationToken cancellationToken) =>
            StartNewCore(function, null, cancellationToken, _creationOptions, GetDefaultScheduler());
        public Task<TResult> StartNew(Func<TResult> function, TaskCreationOptions creationOptions) =>
            StartNewCore(function, null, _cancellationToken, creationOptions, GetDefaultScheduler());
        public Task<TResult> StartNew(Func<TResult> function, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler) =>
            StartNewCore(function, null, cancellationToken, creationOptions, scheduler);

        public Task<TResult> StartNew(Func<object, TResult> function, object state) =>
            StartNewCore(function, state, _cancellationToken, _creationOptions, GetDefaultScheduler());
        public Task<TResult> StartNew(Func<object, TResult> function, object state, CancellationToken cancellationToken) =>
            StartNewCore(function, state, cancellationToken, _creationOptions, GetDefaultScheduler());
        public Task<TResult> StartNew(Func<object, TResult> function, object state, TaskCreationOptions creationOptions) =>
            StartNewCore(function, state, _cancellationToken, creationOptions, GetDefaultScheduler());
        public Task<TResult> StartNew(Func<object, TResult> function, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler) =>
            StartNewCore(function, state, cancellationToken, creationOptions, scheduler);

        private static Task<TResult> StartNewCore(Delegate function, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler)
        {
            if (function == null) throw new ArgumentNullException(nameof(function));
            var task = new Task<TResult>(function, state, default, creationOptions, false);
            task.AssignCancellationTokenForRun(cancellationToken);
            Task.StartOn(task, scheduler);
            return task;
        }
    }
}

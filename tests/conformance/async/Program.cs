using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using System.Threading.Tasks.Sources;

// Ordinary async programs: a download pipeline, producers and consumers, a parallel sum, async recursion, a retry
// loop with a deadline, ValueTask fast paths, continuations, cancellation, timers and the thread pool, a
// SynchronizationContext of our own, async streams and an async lock. Threads interleave differently on every run
// (and on every machine), so each part prints only what does not depend on timing: results collected by index,
// logs written under a lock and printed after the work has been joined. No exception is thrown anywhere (faults/
// has the throwing cases). Main returns args[0] as the exit status.
static class Program
{
    static async Task<int> Main(string[] args)
    {
        Console.WriteLine("== Downloads");
        await Downloads();
        Console.WriteLine("== Producer and consumer");
        await ProducerConsumer();
        Console.WriteLine("== Parallel sum");
        await ParallelSum();
        Console.WriteLine("== Async recursion");
        await Recursion();
        Console.WriteLine("== Retry with a deadline");
        await Retry();
        Console.WriteLine("== ValueTask fast paths");
        await ValueTasks();
        Console.WriteLine("== Continuations");
        await Continuations();
        Console.WriteLine("== Task states");
        await States();
        Console.WriteLine("== Cancellation");
        await Cancellation();
        Console.WriteLine("== Timers and the thread pool");
        await TimersAndPool();
        Console.WriteLine("== A SynchronizationContext of our own");
        Contexts();
        Console.WriteLine("== Waiting");
        await Waiting();
        Console.WriteLine("== Async streams, async locks, WaitAsync");
        await Streams();

        int status = args.Length > 0 ? int.Parse(args[0]) : 0;
        await Task.Delay(5);
        Console.WriteLine($"exit status {status}");
        return status;
    }

    // Enum names print through this switch until the runtime formats enums.
    static string Show(TaskStatus status) => status switch
    {
        TaskStatus.Created => "Created",
        TaskStatus.WaitingForActivation => "WaitingForActivation",
        TaskStatus.WaitingToRun => "WaitingToRun",
        TaskStatus.Running => "Running",
        TaskStatus.WaitingForChildrenToComplete => "WaitingForChildrenToComplete",
        TaskStatus.RanToCompletion => "RanToCompletion",
        TaskStatus.Canceled => "Canceled",
        TaskStatus.Faulted => "Faulted",
        _ => "?",
    };

    // ---- A download pipeline: fetch files with simulated latency, parse them, total them ----

    record FileInfo(string Name, int LatencyMs, int Size);

    static readonly FileInfo[] s_files =
    {
        new("index.html", 40, 5_120), new("style.css", 10, 1_310), new("app.js", 30, 48_213),
        new("logo.png", 20, 17_004), new("data.json", 50, 9_877), new("font.woff2", 15, 22_450),
    };

    static async Task<byte[]> FetchAsync(FileInfo file, List<string> log)
    {
        lock (log) log.Add("start " + file.Name);
        await Task.Delay(file.LatencyMs);
        var body = new byte[file.Size];
        for (int i = 0; i < body.Length; i++) body[i] = (byte)(i * 31 + file.Name.Length);
        return body;
    }

    static async Task<(string Name, int Size, int Checksum)> DownloadAsync(FileInfo file, List<string> log)
    {
        byte[] body = await FetchAsync(file, log);
        await Task.Yield(); // "parse" elsewhere
        int checksum = 0;
        foreach (byte b in body) checksum = (checksum * 33 + b) & 0xFFFFFF;
        return (file.Name, body.Length, checksum);
    }

    static async Task Downloads()
    {
        var log = new List<string>();
        Task<(string Name, int Size, int Checksum)>[] downloads = s_files.Select(f => DownloadAsync(f, log)).ToArray();
        // Every download started before the first await of this method: each ran until its Task.Delay.
        Console.WriteLine(string.Join(", ", log));
        var results = await Task.WhenAll(downloads);
        foreach (var r in results) Console.WriteLine($"  {r.Name,-12} {r.Size,7:N0} bytes  checksum {r.Checksum:X6}");
        Console.WriteLine($"  total {results.Sum(r => r.Size):N0} bytes in {results.Length} files");

        // Three mirrors, two of them down: the first answer wins and the others are called off.
        using var cts = new CancellationTokenSource();
        Task<string> Mirror(string name, bool up) => up
            ? Task.Delay(20).ContinueWith(_ => name, TaskContinuationOptions.ExecuteSynchronously)
            : Task.Delay(Timeout.Infinite, cts.Token).ContinueWith(_ => name, cts.Token);
        var mirrors = new[] { Mirror("eu", false), Mirror("us", true), Mirror("ap", false) };
        Task<string> first = await Task.WhenAny(mirrors);
        cts.Cancel();
        await Task.WhenAny(Task.WhenAll(mirrors)); // returns when all are done, whatever their end
        Console.WriteLine($"  fastest mirror: {first.Result}; canceled: {string.Join(", ", mirrors.Select(m => m.IsCanceled))}");
    }

    // ---- Producer and consumer over an async queue built on TaskCompletionSource ----

    sealed class AsyncQueue<T>
    {
        private readonly Queue<T> _items = new();
        private readonly Queue<TaskCompletionSource<T>> _waiters = new();

        public void Enqueue(T item)
        {
            TaskCompletionSource<T> waiter = null;
            lock (_items)
            {
                if (_waiters.Count > 0) waiter = _waiters.Dequeue();
                else _items.Enqueue(item);
            }
            waiter?.SetResult(item); // outside the lock: the consumer's continuation may run right here
        }

        public Task<T> DequeueAsync()
        {
            lock (_items)
            {
                if (_items.Count > 0) return Task.FromResult(_items.Dequeue());
                var waiter = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Enqueue(waiter);
                return waiter.Task;
            }
        }
    }

    static async Task ProducerConsumer()
    {
        var queue = new AsyncQueue<int>();
        var consumed = new List<string>();

        async Task Produce()
        {
            for (int i = 1; i <= 12; i++)
            {
                queue.Enqueue(i * i);
                if (i % 3 == 0) await Task.Delay(5); else await Task.Yield();
            }
            queue.Enqueue(-1); // end of stream
        }

        async Task<int> Consume()
        {
            int total = 0;
            while (true)
            {
                int item = await queue.DequeueAsync();
                if (item < 0) return total;
                total += item;
                consumed.Add(item.ToString());
            }
        }

        Task<int> consumer = Consume();
        await Produce();
        int sum = await consumer;
        Console.WriteLine($"  consumed {string.Join(" ", consumed)}");
        Console.WriteLine($"  sum {sum}");

        // A request/response service on a thread of its own, completing each request's TaskCompletionSource.
        var requests = new Queue<(int N, TaskCompletionSource<long> Reply)>();
        var service = new Thread(() =>
        {
            while (true)
            {
                (int N, TaskCompletionSource<long> Reply) request;
                lock (requests)
                {
                    while (requests.Count == 0) Monitor.Wait(requests);
                    request = requests.Dequeue();
                }
                if (request.N < 0) { request.Reply.SetResult(0); return; }
                long factorial = 1;
                for (int i = 2; i <= request.N; i++) factorial *= i;
                request.Reply.SetResult(factorial);
            }
        });
        service.Start();
        Task<long> Ask(int n)
        {
            var reply = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (requests) { requests.Enqueue((n, reply)); Monitor.Pulse(requests); }
            return reply.Task;
        }
        var answers = new List<string>();
        foreach (int n in new[] { 5, 10, 15, 20 }) answers.Add($"{n}!={await Ask(n)}");
        await Ask(-1);
        service.Join();
        Console.WriteLine($"  {string.Join(" ", answers)}");
    }

    // ---- A parallel sum: Task.Run per chunk, joined by WhenAll ----

    static async Task ParallelSum()
    {
        int[] data = new int[1_000_000];
        for (int i = 0; i < data.Length; i++) data[i] = (int)((long)i * 7919 % 10_007);
        const int chunks = 8;
        int size = data.Length / chunks;
        var parts = new Task<long>[chunks];
        for (int c = 0; c < chunks; c++)
        {
            int from = c * size, to = c == chunks - 1 ? data.Length : from + size;
            parts[c] = Task.Run(() =>
            {
                long s = 0;
                for (int i = from; i < to; i++) s += data[i];
                return s;
            });
        }
        long[] sums = await Task.WhenAll(parts);
        Console.WriteLine($"  chunks {string.Join(" ", sums)}");
        long expected = 0;
        foreach (int v in data) expected += v;
        Console.WriteLine($"  total {sums.Sum()} (sequential {expected})");

        // The same with Task.Factory.StartNew and state, and a non-generic WhenAll over Task.Run(Action).
        var squares = new long[10];
        var work = new List<Task>();
        for (int i = 0; i < squares.Length; i++)
            work.Add(Task.Factory.StartNew(state => { int k = (int)state; squares[k] = (long)k * k; }, i));
        await Task.WhenAll(work);
        Console.WriteLine($"  squares {string.Join(",", squares)}; states {string.Join(",", work.Select(t => t.AsyncState))}");
    }

    // ---- Async recursion ----

    static async Task<long> FibAsync(int n)
    {
        if (n < 2) return n;
        if (n % 4 == 0) await Task.Yield(); // really asynchronous at every fourth level
        return await FibAsync(n - 1) + await FibAsync(n - 2);
    }

    sealed class Node
    {
        public int Value;
        public Node Left, Right;
    }

    static Node Build(int depth, ref int next)
    {
        if (depth == 0) return null;
        var node = new Node { Value = next++ };
        node.Left = Build(depth - 1, ref next);
        node.Right = Build(depth - 1, ref next);
        return node;
    }

    static async ValueTask<(int Sum, int Depth)> WalkAsync(Node node)
    {
        if (node == null) return (0, 0);
        if (node.Value % 5 == 0) await Task.Delay(1);
        var left = WalkAsync(node.Left);
        var right = WalkAsync(node.Right);
        var (ls, ld) = await left;
        var (rs, rd) = await right;
        return (ls + rs + node.Value, 1 + Math.Max(ld, rd));
    }

    static async Task<string> CountdownAsync(int n) => n == 0 ? "liftoff" : n + " " + await CountdownAsync(n - 1);

    static async Task Recursion()
    {
        for (int n = 0; n <= 20; n += 5) Console.WriteLine($"  fib({n}) = {await FibAsync(n)}");
        int next = 1;
        Node tree = Build(8, ref next);
        var (sum, depth) = await WalkAsync(tree);
        Console.WriteLine($"  tree of {next - 1} nodes: sum {sum}, depth {depth}");
        Console.WriteLine($"  {await CountdownAsync(10)}");
        // Deeper synchronous recursion: every level completes at once, so no task is suspended.
        Console.WriteLine($"  sync depth 150: {await CountdownAsync(150).ContinueWith(t => t.Result.Length)}");
    }

    // ---- Retry with backoff, under an overall deadline ----

    sealed class FlakyService
    {
        private int _calls;
        private readonly int _failures;
        public FlakyService(int failures) { _failures = failures; }
        public int Calls => _calls;

        public async Task<(bool Ok, string Body)> GetAsync(string path)
        {
            int call = Interlocked.Increment(ref _calls);
            await Task.Delay(2);
            return call <= _failures ? (false, "503 Service Unavailable") : (true, "200 OK " + path);
        }
    }

    static async Task<string> WithRetries(FlakyService service, string path, int maxAttempts, CancellationToken deadline, List<string> log)
    {
        int delay = 4;
        for (int attempt = 1; ; attempt++)
        {
            var (ok, body) = await service.GetAsync(path);
            log.Add($"attempt {attempt}: {body}");
            if (ok) return body;
            if (attempt == maxAttempts) return "gave up";
            // Wait before the next attempt, unless the deadline comes first (WhenAny does not throw).
            Task pause = Task.Delay(delay, deadline);
            await Task.WhenAny(pause);
            if (pause.IsCanceled) return "deadline";
            delay *= 2;
        }
    }

    static async Task Retry()
    {
        using var deadline = new CancellationTokenSource();
        deadline.CancelAfter(TimeSpan.FromSeconds(60)); // far away: this run never meets it
        var log = new List<string>();
        string result = await WithRetries(new FlakyService(3), "/orders/42", 6, deadline.Token, log);
        foreach (string line in log) Console.WriteLine("  " + line);
        Console.WriteLine($"  result: {result}; deadline reached: {deadline.IsCancellationRequested}");

        log.Clear();
        result = await WithRetries(new FlakyService(10), "/orders/43", 3, deadline.Token, log);
        Console.WriteLine($"  {log.Count} attempts, result: {result}");

        // A service that never recovers, with a short deadline: the loop ends because of the deadline, however many
        // attempts fitted in before it (the count depends on the machine, so it is not printed).
        using var shortDeadline = new CancellationTokenSource();
        var fired = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        shortDeadline.Token.Register(() => fired.SetResult(true));
        shortDeadline.CancelAfter(40);
        log.Clear();
        var never = new FlakyService(int.MaxValue);
        result = await WithRetries(never, "/down", int.MaxValue, shortDeadline.Token, log);
        Console.WriteLine($"  result: {result}; callback ran: {await fired.Task}; at least one attempt: {never.Calls >= 1}");
        Console.WriteLine($"  token canceled: {shortDeadline.Token.IsCancellationRequested}; delay task canceled: {Task.Delay(1000, shortDeadline.Token).IsCanceled}");
    }

    // ---- ValueTask fast paths ----

    static readonly Dictionary<string, int> s_cache = new();

    static ValueTask<int> LookupAsync(string key)
    {
        lock (s_cache)
            if (s_cache.TryGetValue(key, out int value)) return new ValueTask<int>(value); // no allocation
        return new ValueTask<int>(LoadAsync(key));
    }

    static async Task<int> LoadAsync(string key)
    {
        await Task.Delay(3);
        int value = key.Length * 100 + key[0];
        lock (s_cache) s_cache[key] = value;
        return value;
    }

    static async ValueTask<int> ParseAsync(string text)
    {
        if (int.TryParse(text, out int n)) return n; // completes synchronously
        await Task.Delay(1);
        return -1;
    }

    static async ValueTask LogAsync(List<string> log, string message, bool slow)
    {
        if (slow) await Task.Yield();
        log.Add(message);
    }

    // A reusable IValueTaskSource: one pending operation at a time, completed by a timer.
    sealed class Pulse : IValueTaskSource<int>
    {
        private ManualResetValueTaskSourceCore<int> _core;
        private Timer _timer;
        private int _count;

        public ValueTask<int> NextAsync()
        {
            _core.Reset();
            _timer ??= new Timer(_ => _core.SetResult(++_count), null, Timeout.Infinite, Timeout.Infinite);
            _timer.Change(2, Timeout.Infinite);
            return new ValueTask<int>(this, _core.Version);
        }

        public int GetResult(short token) => _core.GetResult(token);
        public ValueTaskSourceStatus GetStatus(short token) => _core.GetStatus(token);
        public void OnCompleted(Action<object> continuation, object state, short token, ValueTaskSourceOnCompletedFlags flags) =>
            _core.OnCompleted(continuation, state, token, flags);
        public void Dispose() => _timer?.Dispose();
    }

    static async Task ValueTasks()
    {
        ValueTask<int> miss = LookupAsync("alpha");
        Console.WriteLine($"  first lookup completed at once: {miss.IsCompleted}; value {await miss}");
        ValueTask<int> hit = LookupAsync("alpha");
        Console.WriteLine($"  second lookup completed at once: {hit.IsCompletedSuccessfully}; value {hit.Result}");

        ValueTask<int> fast = ParseAsync("1234");
        ValueTask<int> slow = ParseAsync("x");
        Console.WriteLine($"  parse fast path: {fast.IsCompletedSuccessfully} {fast.Result}; slow path done at once: {slow.IsCompleted}; {await slow}");

        var log = new List<string>();
        ValueTask quick = LogAsync(log, "quick", false);
        Console.WriteLine($"  ValueTask done at once: {quick.IsCompletedSuccessfully}, default(ValueTask) done: {default(ValueTask).IsCompleted}");
        await quick;
        await LogAsync(log, "slow", true);
        await ValueTask.CompletedTask;
        Console.WriteLine($"  log {string.Join(",", log)}; FromResult {await ValueTask.FromResult("ok")}");

        Task<int> asTask = ParseAsync("77").AsTask();
        Console.WriteLine($"  AsTask: {asTask.Status == TaskStatus.RanToCompletion} {asTask.Result}; ToString \"{new ValueTask<int>(5)}\"");
        ValueTask<int> preserved = ParseAsync("y").Preserve();
        Console.WriteLine($"  preserved twice: {await preserved} {await preserved}");

        var pulse = new Pulse();
        var pulses = new List<int>();
        for (int i = 0; i < 5; i++) pulses.Add(await pulse.NextAsync());
        pulse.Dispose();
        Console.WriteLine($"  pulses {string.Join(" ", pulses)}");

        int total = 0;
        for (int i = 0; i < 1000; i++) total += await ParseAsync(i.ToString());
        Console.WriteLine($"  1000 synchronous ValueTasks: {total}");
    }

    // ---- Continuations ----

    static async Task Continuations()
    {
        Task<int> chain = Task.Run(() => 6)
            .ContinueWith(t => t.Result * 7)
            .ContinueWith(t => t.Result + 0.5)
            .ContinueWith(t => (int)(t.Result * 2));
        Console.WriteLine($"  chain: {await chain}");

        var tcs = new TaskCompletionSource<string>();
        var log = new List<string>();
        Task onSuccess = tcs.Task.ContinueWith(t => { lock (log) log.Add("success " + t.Result); }, TaskContinuationOptions.OnlyOnRanToCompletion);
        Task onFault = tcs.Task.ContinueWith(t => { lock (log) log.Add("fault"); }, TaskContinuationOptions.OnlyOnFaulted);
        Task always = tcs.Task.ContinueWith((t, state) => { lock (log) log.Add("always " + state); }, "with state");
        tcs.SetResult("done");
        await Task.WhenAny(Task.WhenAll(onSuccess, onFault, always));
        log.Sort(StringComparer.Ordinal);
        Console.WriteLine($"  {string.Join("; ", log)}");
        Console.WriteLine($"  success {Show(onSuccess.Status)}, fault {Show(onFault.Status)}, always {Show(always.Status)}");

        // ExecuteSynchronously continuations run on the completing thread, before SetResult returns.
        var source = new TaskCompletionSource<int>();
        int seen = 0;
        Task sync = source.Task.ContinueWith(t => seen = t.Result, TaskContinuationOptions.ExecuteSynchronously);
        source.SetResult(99);
        Console.WriteLine($"  synchronous continuation already ran: {seen == 99 && sync.IsCompleted}");

        // An await continues on the thread that completes the task (no SynchronizationContext) ...
        var gate = new TaskCompletionSource<bool>();
        int completer = 0, continued = 0;
        async Task AwaitGate(Task g) { await g; continued = Thread.CurrentThread.ManagedThreadId; }
        Task waiter = AwaitGate(gate.Task); // suspended at its await before this line ends
        var thread = new Thread(() => { completer = Thread.CurrentThread.ManagedThreadId; gate.SetResult(true); });
        thread.Start();
        thread.Join();
        await waiter;
        Console.WriteLine($"  await continued inline on the completing thread: {completer == continued}");
        // ... unless the task was made with RunContinuationsAsynchronously.
        var asyncGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task asyncWaiter = AwaitGate(asyncGate.Task);
        thread = new Thread(() => { completer = Thread.CurrentThread.ManagedThreadId; asyncGate.SetResult(); });
        thread.Start();
        thread.Join();
        await asyncWaiter;
        Console.WriteLine($"  RunContinuationsAsynchronously continued elsewhere: {completer != continued}");

        // Unwrap, and Task.Run of an async lambda.
        Task<Task<int>> nested = Task.Factory.StartNew(async () => { await Task.Delay(1); return 17; });
        Console.WriteLine($"  unwrap {await nested.Unwrap()}, run async lambda {await Task.Run(async () => { await Task.Yield(); return 18; })}");
        await Task.Run(async () => { await Task.Delay(1); log.Add("async lambda without a result"); });
        Console.WriteLine($"  {log[log.Count - 1]}");

        // await of a completed task goes on synchronously: same thread, no yield.
        int before = Thread.CurrentThread.ManagedThreadId;
        await Task.CompletedTask;
        await Task.FromResult(1);
        await new ValueTask<int>(2);
        Console.WriteLine($"  completed awaits stayed on the same thread: {before == Thread.CurrentThread.ManagedThreadId}");

        // ConfigureAwait(false) makes no difference without a context; ForceYielding always goes through the pool.
        Console.WriteLine($"  ConfigureAwait(false): {await Task.Run(() => 3).ConfigureAwait(false)}");
        await Task.CompletedTask.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
        Console.WriteLine($"  after ForceYielding on a pool thread: {Thread.CurrentThread.IsThreadPoolThread}");
        Task<int> canceledFirst = Task.FromCanceled<int>(new CancellationToken(true));
        await ((Task)canceledFirst).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        Console.WriteLine($"  SuppressThrowing on a canceled task: went on, canceled {canceledFirst.IsCanceled}");
    }

    // ---- Task states ----

    static async Task States()
    {
        var created = new Task<int>(() => 41 + 1);
        Console.WriteLine($"  new Task: {Show(created.Status)}");
        created.Start();
        Console.WriteLine($"  started, then waited: {created.Wait(5000)} {Show(created.Status)} {created.Result}");

        int caller = Thread.CurrentThread.ManagedThreadId;
        var runSync = new Task(() => Console.WriteLine("  RunSynchronously runs on the calling thread: " + (Thread.CurrentThread.ManagedThreadId == caller)));
        runSync.RunSynchronously();
        Console.WriteLine($"  after RunSynchronously: {Show(runSync.Status)}");

        var promise = new TaskCompletionSource<int>();
        Console.WriteLine($"  promise: {Show(promise.Task.Status)}; TrySetResult {promise.TrySetResult(1)} then {promise.TrySetResult(2)}; result {promise.Task.Result}");
        Console.WriteLine($"  TrySetCanceled on a finished one: {promise.TrySetCanceled()}, TrySetException: {promise.TrySetException(new Exception("late"))}");

        var pending = new TaskCompletionSource().Task;
        Task continuation = pending.ContinueWith(_ => { });
        Console.WriteLine($"  continuation of a pending task: {Show(continuation.Status)}");

        Task delay = Task.Delay(30);
        Console.WriteLine($"  Task.Delay(30) at first: {Show(delay.Status)}; Task.Delay(0) is CompletedTask: {Task.Delay(0) == Task.CompletedTask}");
        await delay;
        Console.WriteLine($"  after await: {Show(delay.Status)}");

        Task faulted = Task.FromException(new InvalidOperationException("broken"));
        Console.WriteLine($"  FromException: {Show(faulted.Status)} {faulted.IsFaulted} {faulted.Exception.InnerException.Message} / {faulted.Exception.Message}");
        Task canceled = Task.FromCanceled(new CancellationToken(true));
        Console.WriteLine($"  FromCanceled: {Show(canceled.Status)} {canceled.IsCanceled} exception null: {canceled.Exception == null}");
        Console.WriteLine($"  CompletedTask: {Show(Task.CompletedTask.Status)} {Task.CompletedTask.IsCompletedSuccessfully}");

        Console.WriteLine($"  cached FromResult: true {Task.FromResult(true) == Task.FromResult(true)}, 3 {Task.FromResult(3) == Task.FromResult(3)}, " +
            $"9 {Task.FromResult(9) == Task.FromResult(9)}, null {Task.FromResult<string>(null) == Task.FromResult<string>(null)}, " +
            $"0L {Task.FromResult(0L) == Task.FromResult(0L)}, 5L {Task.FromResult(5L) == Task.FromResult(5L)}");

        int? idInside = null;
        var withId = Task.Run(() => { idInside = Task.CurrentId; });
        await withId;
        Console.WriteLine($"  Task.CurrentId inside is its Id: {idInside == withId.Id}; outside: {Task.CurrentId == null}; ids stable: {withId.Id == withId.Id}");

        var token = new CancellationTokenSource();
        token.Cancel();
        Task runCanceled = Task.Run(() => Console.WriteLine("never runs"), token.Token);
        await Task.WhenAny(runCanceled);
        Task startCanceled = Task.Factory.StartNew(() => Console.WriteLine("never runs"), token.Token);
        await Task.WhenAny(startCanceled);
        Console.WriteLine($"  with a canceled token: Task.Run ends {Show(runCanceled.Status)}, StartNew {Show(startCanceled.Status)}, new Task is at once {Show(new Task(() => { }, token.Token).Status)}");
        Console.WriteLine($"  creation options: Run {(Task.Run(() => { }).CreationOptions == TaskCreationOptions.DenyChildAttach)}, StartNew {(Task.Factory.StartNew(() => { }).CreationOptions == TaskCreationOptions.None)}");
    }

    // ---- Cancellation ----

    static async Task Cancellation()
    {
        var cts = new CancellationTokenSource();
        var order = new List<string>();
        cts.Token.Register(() => order.Add("first registered"));
        cts.Token.Register(state => order.Add("second, state " + state), 2);
        CancellationTokenRegistration removed = cts.Token.Register(() => order.Add("removed"));
        cts.Token.Register(() => order.Add("third"));
        Console.WriteLine($"  unregister: {removed.Unregister()} then {removed.Unregister()}");
        Console.WriteLine($"  before: requested {cts.IsCancellationRequested}, can be canceled {cts.Token.CanBeCanceled}");
        cts.Cancel();
        Console.WriteLine($"  callbacks, newest first: {string.Join(" / ", order)}");
        cts.Token.Register(() => order.Add("registered after cancel runs at once"));
        Console.WriteLine($"  {order[order.Count - 1]}; second Cancel is harmless");
        cts.Cancel();
        Console.WriteLine($"  TryReset after cancel: {cts.TryReset()}");

        var fresh = new CancellationTokenSource();
        fresh.Token.Register(() => order.Add("dropped by reset"));
        Console.WriteLine($"  TryReset before cancel: {fresh.TryReset()}; then cancel runs nothing: {Cancel(fresh, order)}");

        Console.WriteLine($"  None: can be canceled {CancellationToken.None.CanBeCanceled}, requested {CancellationToken.None.IsCancellationRequested}, equals default {CancellationToken.None == default}");
        Console.WriteLine($"  new CancellationToken(true): {new CancellationToken(true).IsCancellationRequested}; token equality {cts.Token == cts.Token} {cts.Token.Equals(fresh.Token)}");

        var a = new CancellationTokenSource();
        var b = new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(a.Token, b.Token);
        var linkedFired = new TaskCompletionSource<string>();
        linked.Token.Register(() => linkedFired.SetResult("linked canceled"));
        Console.WriteLine($"  linked before: {linked.IsCancellationRequested}");
        b.Cancel();
        Console.WriteLine($"  after b.Cancel: {await linkedFired.Task}; a still {a.IsCancellationRequested}");

        // Cooperative cancellation inside a loop, checked without throwing.
        var stop = new CancellationTokenSource();
        int iterations = 0;
        Task<int> worker = Task.Run(() =>
        {
            while (!stop.Token.IsCancellationRequested)
            {
                iterations++;
                if (iterations == 1000) stop.Cancel();
            }
            return iterations;
        });
        Console.WriteLine($"  worker stopped after {await worker} iterations");

        // CancelAfter: the callback comes from the timer, on a pool thread.
        var later = new CancellationTokenSource();
        var when = new TaskCompletionSource<bool>();
        later.Token.Register(() => when.SetResult(Thread.CurrentThread.IsThreadPoolThread));
        later.CancelAfter(15);
        Console.WriteLine($"  CancelAfter fired on a pool thread: {await when.Task}");
        var postponed = new CancellationTokenSource(50);
        postponed.CancelAfter(Timeout.Infinite);
        await Task.Delay(80);
        Console.WriteLine($"  CancelAfter(Infinite) stopped the timer: {!postponed.IsCancellationRequested}");

        // A canceled Task.Delay, observed without awaiting it.
        var cd = new CancellationTokenSource();
        Task sleeping = Task.Delay(Timeout.Infinite, cd.Token);
        Console.WriteLine($"  infinite delay: {Show(sleeping.Status)}");
        cd.Cancel();
        Console.WriteLine($"  after cancel: {Show(sleeping.Status)}");
        Task precanceled = Task.Delay(50, new CancellationToken(true));
        Console.WriteLine($"  delay with a canceled token: {Show(precanceled.Status)}");

        cts.Dispose();
        Console.WriteLine($"  disposed source still says requested: {cts.IsCancellationRequested}");
    }

    static bool Cancel(CancellationTokenSource source, List<string> order)
    {
        int before = order.Count;
        source.Cancel();
        return order.Count == before;
    }

    // ---- Timers and the thread pool ----

    static async Task TimersAndPool()
    {
        int remaining = 20;
        var allDone = new TaskCompletionSource<bool>();
        var results = new int[20];
        for (int i = 0; i < 20; i++)
        {
            ThreadPool.QueueUserWorkItem(state =>
            {
                int k = (int)state;
                results[k] = k * 3;
                if (Interlocked.Decrement(ref remaining) == 0) allDone.SetResult(Thread.CurrentThread.IsThreadPoolThread);
            }, i);
        }
        Console.WriteLine($"  20 work items, last one on a pool thread: {await allDone.Task}; results {string.Join(",", results)}");

        var generic = new TaskCompletionSource<string>();
        ThreadPool.QueueUserWorkItem(s => generic.SetResult(s + "!"), "typed state", preferLocal: false);
        Console.WriteLine($"  QueueUserWorkItem<TState>: {await generic.Task}");

        var ticks = new List<int>();
        var fifth = new TaskCompletionSource<bool>();
        Timer timer = null;
        timer = new Timer(_ =>
        {
            lock (ticks)
            {
                if (ticks.Count == 5) return;
                ticks.Add(ticks.Count + 1);
                if (ticks.Count == 5) { timer.Change(Timeout.Infinite, Timeout.Infinite); fifth.SetResult(true); }
            }
        }, null, 5, 5);
        await fifth.Task;
        timer.Dispose();
        Console.WriteLine($"  periodic timer ticked {string.Join(",", ticks)} then stopped; Change after Dispose: {timer.Change(1, 1)}");

        var oneShot = new TaskCompletionSource<object>();
        using (var once = new Timer(state => oneShot.SetResult(state), "state object", 10, Timeout.Infinite))
            Console.WriteLine($"  one-shot timer with state: {await oneShot.Task}");

        Console.WriteLine($"  main thread is a pool thread: {Thread.CurrentThread.IsThreadPoolThread}; inside Task.Run: {await Task.Run(() => Thread.CurrentThread.IsThreadPoolThread)}");
        await Task.Yield();
        Console.WriteLine($"  after Task.Yield: {Thread.CurrentThread.IsThreadPoolThread}");

        // Pool tasks that wait for other pool tasks (Wait and Result on pool threads) do not starve the pool.
        var inner = new Task<int>[16];
        var outer = new Task<int>[16];
        for (int i = 0; i < 16; i++)
        {
            int k = i;
            inner[k] = new Task<int>(() => k + 100);
            outer[k] = Task.Run(() => { Thread.Sleep(1); inner[k].Start(); return inner[k].Result * 2; });
        }
        int[] doubled = await Task.WhenAll(outer);
        Console.WriteLine($"  nested waits: {string.Join(",", doubled)}");
        var longRunning = Task.Factory.StartNew(() => Thread.CurrentThread.IsThreadPoolThread, TaskCreationOptions.LongRunning);
        Console.WriteLine($"  LongRunning task on a pool thread: {await longRunning}");

        // Work items blocked on an event (not on a task) hold every worker; the item that sets the event still runs,
        // on a worker the pool adds when it sees queued work go nowhere.
        var opened = new ManualResetEventSlim();
        var blocked = new Task[4];
        for (int i = 0; i < blocked.Length; i++) blocked[i] = Task.Run(() => opened.Wait());
        await Task.Delay(10);
        await Task.Run(() => opened.Set());
        await Task.WhenAll(blocked);
        Console.WriteLine($"  blocked workers released by a later work item: {blocked.All(t => t.IsCompletedSuccessfully)}");
    }

    // ---- A SynchronizationContext of our own: a single-threaded message loop ----

    sealed class SingleThreadContext : SynchronizationContext
    {
        private readonly Queue<(SendOrPostCallback, object)> _queue = new();
        private bool _done;
        public int Posts;

        public override void Post(SendOrPostCallback d, object state)
        {
            lock (_queue)
            {
                Posts++;
                _queue.Enqueue((d, state));
                Monitor.Pulse(_queue);
            }
        }

        public void Complete()
        {
            lock (_queue) { _done = true; Monitor.Pulse(_queue); }
        }

        public void RunLoop()
        {
            while (true)
            {
                (SendOrPostCallback d, object state) item;
                lock (_queue)
                {
                    while (_queue.Count == 0 && !_done) Monitor.Wait(_queue);
                    if (_queue.Count == 0) return;
                    item = _queue.Dequeue();
                }
                item.d(item.state);
            }
        }

        public static void Run(Func<Task> body)
        {
            var previous = Current;
            var context = new SingleThreadContext();
            SetSynchronizationContext(context);
            Task task = body();
            task.ContinueWith(_ => context.Complete(), TaskScheduler.Default);
            context.RunLoop();
            SetSynchronizationContext(previous);
        }
    }

    static void Contexts()
    {
        var log = new List<string>();
        int loopThread = Thread.CurrentThread.ManagedThreadId;
        SingleThreadContext context = null;
        SingleThreadContext.Run(async () =>
        {
            context = (SingleThreadContext)SynchronizationContext.Current;
            for (int i = 0; i < 3; i++)
            {
                await Task.Delay(2);
                log.Add($"step {i} on the loop thread: {Thread.CurrentThread.ManagedThreadId == loopThread}");
            }
            int fromPool = await Task.Run(() => Thread.CurrentThread.ManagedThreadId);
            log.Add($"Task.Run ran elsewhere: {fromPool != loopThread}, came back: {Thread.CurrentThread.ManagedThreadId == loopThread}");
            await Task.Yield();
            log.Add($"Yield posted to the context: {Thread.CurrentThread.ManagedThreadId == loopThread}");
            await Task.CompletedTask.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
            log.Add($"ForceYielding without the context left it: {Thread.CurrentThread.ManagedThreadId != loopThread}, context now {SynchronizationContext.Current == null}");
        });
        foreach (string line in log) Console.WriteLine("  " + line);
        Console.WriteLine($"  posted to the context: {context.Posts > 0}; current after the loop: {SynchronizationContext.Current == null}");
    }

    // ---- Async streams, SemaphoreSlim.WaitAsync, Task.WaitAsync ----

    static async IAsyncEnumerable<int> SquaresAsync(int count, [EnumeratorCancellation] CancellationToken token = default)
    {
        for (int i = 1; i <= count; i++)
        {
            if (token.IsCancellationRequested) yield break;
            if (i % 2 == 0) await Task.Delay(1); else await Task.Yield();
            yield return i * i;
        }
    }

    static async IAsyncEnumerable<string> LinesAsync(List<string> log)
    {
        try
        {
            yield return "header";
            await Task.Delay(1);
            yield return "row 1";
            yield return "row 2";
            yield return "row 3";
        }
        finally
        {
            log.Add("reader closed");
        }
    }

    sealed class Connection : IAsyncDisposable
    {
        private readonly List<string> _log;
        public Connection(List<string> log) { _log = log; }
        public async ValueTask DisposeAsync()
        {
            await Task.Delay(1);
            _log.Add("connection closed");
        }
    }

    static async Task Streams()
    {
        var squares = new List<int>();
        await foreach (int x in SquaresAsync(8)) squares.Add(x);
        Console.WriteLine($"  await foreach: {string.Join(" ", squares)}");

        var log = new List<string>();
        await foreach (string line in LinesAsync(log))
        {
            log.Add(line);
            if (line == "row 2") break; // disposes the iterator: its finally runs
        }
        Console.WriteLine($"  {string.Join(", ", log)}");

        using var stop = new CancellationTokenSource();
        int taken = 0;
        await foreach (int x in SquaresAsync(1000).WithCancellation(stop.Token).ConfigureAwait(false))
            if (++taken == 4) stop.Cancel();
        Console.WriteLine($"  WithCancellation stopped the stream after {taken} items");

        log.Clear();
        await using (var connection = new Connection(log)) log.Add("using the connection");
        await using (new Connection(log).ConfigureAwait(false)) log.Add("and another");
        Console.WriteLine($"  {string.Join(", ", log)}");

        // At most two downloads at a time, with an async lock.
        var gate = new SemaphoreSlim(2);
        int inside = 0, most = 0;
        var order = new List<int>();
        async Task<int> Throttled(int n)
        {
            await gate.WaitAsync();
            try
            {
                int now = Interlocked.Increment(ref inside);
                lock (order) { if (now > most) most = now; }
                await Task.Delay(3);
                Interlocked.Decrement(ref inside);
                return n * 10;
            }
            finally
            {
                gate.Release();
            }
        }
        int[] throttled = await Task.WhenAll(Enumerable.Range(1, 8).Select(Throttled));
        Console.WriteLine($"  throttled results {string.Join(",", throttled)}; never more than 2 inside: {most <= 2}; count back to {gate.CurrentCount}");
        var empty = new SemaphoreSlim(0);
        Console.WriteLine($"  WaitAsync(10) on an empty semaphore: {await empty.WaitAsync(10)}; WaitAsync(0): {await empty.WaitAsync(0)}");
        Task<bool> waiting = empty.WaitAsync(10_000);
        Console.WriteLine($"  a waiter before Release: {waiting.IsCompleted}; Release returns {empty.Release()}; then {await waiting}, count {empty.CurrentCount}");
        var abandon = new CancellationTokenSource();
        Task canceledWait = empty.WaitAsync(abandon.Token);
        abandon.Cancel();
        await Task.WhenAny(canceledWait);
        empty.Release();
        Console.WriteLine($"  a canceled waiter: {Show(canceledWait.Status)}; the next Release stays in the count: {empty.CurrentCount}");

        var never = new TaskCompletionSource<int>().Task;
        Task<int> timedOut = never.WaitAsync(TimeSpan.FromMilliseconds(10));
        await Task.WhenAny(timedOut);
        Console.WriteLine($"  WaitAsync past its timeout: {Show(timedOut.Status)}, {timedOut.Exception.InnerException.Message}");
        Console.WriteLine($"  WaitAsync in time: {await Task.Run(async () => { await Task.Delay(2); return 11; }).WaitAsync(TimeSpan.FromSeconds(30))}");
        var giveUp = new CancellationTokenSource();
        Task<int> canceled = never.WaitAsync(giveUp.Token);
        giveUp.Cancel();
        Console.WriteLine($"  WaitAsync with its token canceled: {Show(canceled.Status)}; a finished task's WaitAsync is itself: {Task.CompletedTask.WaitAsync(giveUp.Token) == Task.CompletedTask}");
    }

    // ---- Blocking waits ----

    static async Task Waiting()
    {
        Task<int> slow = Task.Run(async () => { await Task.Delay(30); return 5; });
        Console.WriteLine($"  Wait(0) before it finishes: {slow.Wait(0)}; Wait(): {slow.Wait(10_000)}; Result {slow.Result}");
        var never = new TaskCompletionSource().Task;
        Console.WriteLine($"  Wait(20) on a task that never finishes: {never.Wait(20)}; WaitAll with timeout: {Task.WaitAll(new[] { never, slow }, 10)}");
        var ready = new[] { never, Task.Delay(5), Task.Delay(10_000) };
        Console.WriteLine($"  WaitAny: index {Task.WaitAny(ready)}; WaitAny with timeout: {Task.WaitAny(new[] { never }, 5)}");
        var all = Enumerable.Range(1, 5).Select(i => Task.Run(() => i * i)).ToArray();
        Task.WaitAll(all);
        Console.WriteLine($"  WaitAll: {string.Join(",", all.Select(t => t.Result))}");
        Task<Task> any = Task.WhenAny(never, Task.FromResult(7), Task.FromResult(8));
        Console.WriteLine($"  WhenAny picks the first completed in order: {((Task<int>)await any).Result}");
        Console.WriteLine($"  WhenAll of nothing is CompletedTask: {Task.WhenAll() == Task.CompletedTask}; generic: {(await Task.WhenAll(new Task<int>[0])).Length}");
        // Pool threads blocked for good (four: as many as the pool may have) leave the pool working.
        for (int i = 0; i < 4; i++) _ = Task.Run(() => never.Wait());
        Console.WriteLine($"  await after blocking waits still works: {await Task.Run(async () => { await Task.Delay(1); return "yes"; })}");
    }
}

using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

// The throwing side of tasks and async: await rethrows a faulted task's first exception, Wait/Result wrap them in
// AggregateException, cancellation surfaces as OperationCanceledException (or TaskCanceledException), argument
// checks throw with .NET's messages. Each line names the exception by its type and message (no stack traces: Kiln
// names async frames differently), so the output is the same on .NET and Kiln.
static class Program
{
    static async Task<int> Main()
    {
        Console.WriteLine("== await");
        await Awaiting();
        Console.WriteLine("== Wait and Result");
        WaitAndResult();
        Console.WriteLine("== Cancellation");
        await Cancellation();
        Console.WriteLine("== Combinators and continuations");
        await Combinators();
        Console.WriteLine("== A retry loop over a failing call");
        await RetryLoop();
        Console.WriteLine("== Async streams, async locks, WaitAsync");
        await Streams();
        Console.WriteLine("== Argument checks");
        ArgumentChecks();
        return 0;
    }

    static string Name(Exception e) => e switch
    {
        TaskCanceledException => "TaskCanceledException",
        OperationCanceledException => "OperationCanceledException",
        AggregateException => "AggregateException",
        ObjectDisposedException => "ObjectDisposedException",
        ArgumentNullException => "ArgumentNullException",
        ArgumentOutOfRangeException => "ArgumentOutOfRangeException",
        ArgumentException => "ArgumentException",
        InvalidOperationException => "InvalidOperationException",
        FormatException => "FormatException",
        TimeoutException => "TimeoutException",
        SemaphoreFullException => "SemaphoreFullException",
        DivideByZeroException => "DivideByZeroException",
        NotSupportedException => "NotSupportedException",
        _ => "Exception",
    };

    static string Describe(Exception e) => Name(e) + ": " + e.Message;

    static void Try(string what, Action action)
    {
        try
        {
            action();
            Console.WriteLine($"  {what}: no exception");
        }
        catch (Exception e)
        {
            Console.WriteLine($"  {what}: {Describe(e)}");
        }
    }

    static async Task TryAsync(string what, Func<Task> action)
    {
        try
        {
            await action();
            Console.WriteLine($"  {what}: no exception");
        }
        catch (Exception e)
        {
            Console.WriteLine($"  {what}: {Describe(e)}");
        }
    }

    // ---- await ----

    static async Task<int> FailLaterAsync(string message)
    {
        await Task.Delay(5);
        throw new InvalidOperationException(message);
    }

    static async Task<int> FailAtOnceAsync()
    {
        // Thrown before the first await: it still goes into the task, not to the caller.
        throw new FormatException("bad input");
    }

    static async Task<int> ThroughLevelsAsync(int depth)
    {
        if (depth == 0) return await FailLaterAsync("deep down");
        return await ThroughLevelsAsync(depth - 1) + 1;
    }

    static async Task Awaiting()
    {
        try
        {
            await FailLaterAsync("boom");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine($"  caught the original exception: {Describe(e)}");
        }

        Task<int> early = FailAtOnceAsync();
        Console.WriteLine($"  a throw before the first await faults the task: {early.IsFaulted}");
        await TryAsync("awaiting it", () => early);

        await TryAsync("through five awaits", () => ThroughLevelsAsync(5));

        var log = new List<string>();
        async Task WithFinally()
        {
            try
            {
                log.Add("try");
                await Task.Yield();
                throw new DivideByZeroException();
            }
            finally
            {
                log.Add("finally");
            }
        }
        await TryAsync("finally ran", WithFinally);
        Console.WriteLine($"  log: {string.Join(", ", log)}");

        try
        {
            await FailLaterAsync("filtered");
        }
        catch (InvalidOperationException e) when (e.Message == "not this one")
        {
            Console.WriteLine("  wrong filter");
        }
        catch (InvalidOperationException e) when (e.Message == "filtered")
        {
            Console.WriteLine("  exception filter matched");
        }

        var tcs = new TaskCompletionSource<string>();
        tcs.SetException(new TimeoutException("no answer"));
        await TryAsync("TaskCompletionSource.SetException", () => tcs.Task);
        Try("SetResult after SetException", () => tcs.SetResult("late"));

        ValueTask<int> faultedValueTask = new ValueTask<int>(FailLaterAsync("value task"));
        try { await faultedValueTask; } catch (Exception e) { Console.WriteLine($"  ValueTask: {Describe(e)}"); }

        Task<int> faulted = FailLaterAsync("GetResult");
        Try("GetAwaiter().GetResult()", () => faulted.GetAwaiter().GetResult());
        Console.WriteLine($"  status {faulted.IsFaulted}, Exception: {Describe(faulted.Exception)}, inner: {Describe(faulted.Exception.InnerException)}");
    }

    // ---- Wait and Result ----

    static void WaitAndResult()
    {
        Task<int> faulted = FailLaterAsync("through Result");
        try
        {
            int never = faulted.Result;
        }
        catch (AggregateException e)
        {
            Console.WriteLine($"  Result: {Describe(e)}; {e.InnerExceptions.Count} inner, {Describe(e.InnerExceptions[0])}");
        }
        Try("Wait", () => faulted.Wait());
        Try("Wait with a timeout", () => faulted.Wait(1000));

        var canceled = Task.FromCanceled<int>(new CancellationToken(true));
        try
        {
            canceled.Wait();
        }
        catch (AggregateException e)
        {
            Console.WriteLine($"  Wait on a canceled task: {Describe(e)}; inner {Describe(e.InnerException)}");
        }
        Try("Result of a canceled task", () => { int x = canceled.Result; });
        Try("GetResult of a canceled task", () => canceled.GetAwaiter().GetResult());

        var two = Task.WhenAll(Task.FromException(new InvalidOperationException("first")), Task.FromException(new FormatException("second")));
        try
        {
            two.Wait();
        }
        catch (AggregateException e)
        {
            Console.WriteLine($"  WhenAll of two faults: {Describe(e)}");
        }

        try
        {
            try { two.Wait(); }
            catch (AggregateException e) { e.Handle(inner => inner is FormatException); }
        }
        catch (AggregateException rest)
        {
            Console.WriteLine($"  Handle rethrew what it did not handle: {Describe(rest)}");
        }

        var nested = new AggregateException("outer", new AggregateException(new Exception("a"), new Exception("b")), new Exception("c"));
        AggregateException flat = nested.Flatten();
        Console.WriteLine($"  Flatten: {flat.Message}; {flat.InnerExceptions.Count} inner");

        try
        {
            Task.WaitAll(Task.FromException(new Exception("x")), Task.FromCanceled(new CancellationToken(true)), Task.CompletedTask);
        }
        catch (AggregateException e)
        {
            Console.WriteLine($"  WaitAll: {Describe(e)}");
        }
    }

    // ---- Cancellation ----

    static async Task<int> WorkAsync(CancellationToken token)
    {
        for (int i = 0; ; i++)
        {
            token.ThrowIfCancellationRequested();
            await Task.Delay(2);
        }
    }

    static async Task Cancellation()
    {
        var cts = new CancellationTokenSource();
        Task<int> work = WorkAsync(cts.Token);
        await Task.Delay(10);
        cts.Cancel();
        try
        {
            await work;
        }
        catch (OperationCanceledException e)
        {
            Console.WriteLine($"  {Describe(e)}; is TaskCanceledException: {e is TaskCanceledException}; token matches: {e.CancellationToken == cts.Token}");
        }
        Console.WriteLine($"  the async method's task: canceled {work.IsCanceled}, faulted {work.IsFaulted}");

        var delayCts = new CancellationTokenSource();
        Task delay = Task.Delay(Timeout.Infinite, delayCts.Token);
        delayCts.CancelAfter(5);
        try
        {
            await delay;
        }
        catch (TaskCanceledException e)
        {
            Console.WriteLine($"  Task.Delay: {Describe(e)}; token matches: {e.CancellationToken == delayCts.Token}; Task is the delay: {e.Task == delay}");
        }

        var runCts = new CancellationTokenSource();
        Task run = Task.Run(() =>
        {
            runCts.Cancel();
            runCts.Token.ThrowIfCancellationRequested();
        }, runCts.Token);
        await TryAsync("Task.Run throwing for its own token", () => run);
        Console.WriteLine($"  that task is canceled: {run.IsCanceled}");

        Task other = Task.Run(() => new CancellationToken(true).ThrowIfCancellationRequested());
        await TryAsync("Task.Run throwing for another token", () => other);
        Console.WriteLine($"  that task is faulted: {other.IsFaulted}");

        var tcs = new TaskCompletionSource<int>();
        tcs.SetCanceled();
        await TryAsync("TaskCompletionSource.SetCanceled", () => tcs.Task);

        var throwing = new CancellationTokenSource();
        throwing.Token.Register(() => throw new InvalidOperationException("callback one"));
        throwing.Token.Register(() => throw new InvalidOperationException("callback two"));
        Try("Cancel with throwing callbacks", () => throwing.Cancel());
        var throwingFirst = new CancellationTokenSource();
        throwingFirst.Token.Register(() => throw new InvalidOperationException("callback one"));
        throwingFirst.Token.Register(() => throw new InvalidOperationException("callback two"));
        Try("Cancel(throwOnFirstException: true)", () => throwingFirst.Cancel(true));

        var disposed = new CancellationTokenSource();
        disposed.Dispose();
        Try("Cancel after Dispose", () => disposed.Cancel());
        Try("Token after Dispose", () => { CancellationToken t = disposed.Token; });
        Try("CancelAfter after Dispose", () => disposed.CancelAfter(10));

        Try("Wait with a canceled token", () => new TaskCompletionSource().Task.Wait(new CancellationToken(true)));
        var waitCts = new CancellationTokenSource(10);
        Try("Wait until the token fires", () => new TaskCompletionSource().Task.Wait(waitCts.Token));
        Try("ThrowIfCancellationRequested", () => new CancellationToken(true).ThrowIfCancellationRequested());
    }

    // ---- Combinators and continuations ----

    static async Task Combinators()
    {
        Task<int> a = FailLaterAsync("a failed");
        Task<int> b = Task.Run(() => 2);
        Task<int> c = FailLaterAsync("c failed");
        Task<int[]> all = Task.WhenAll(a, b, c);
        try
        {
            await all;
        }
        catch (Exception e)
        {
            Console.WriteLine($"  await WhenAll throws the first: {Describe(e)}");
            Console.WriteLine($"  its Exception holds both: {Describe(all.Exception)}");
        }

        var canceledAndFaulted = Task.WhenAll(Task.FromCanceled(new CancellationToken(true)), Task.FromException(new Exception("fault wins")));
        await TryAsync("WhenAll of a cancellation and a fault", () => canceledAndFaulted);
        await TryAsync("WhenAll of a cancellation", () => Task.WhenAll(Task.CompletedTask, Task.FromCanceled(new CancellationToken(true))));

        Task<Task<int>> any = Task.WhenAny(FailLaterAsync("any"), new TaskCompletionSource<int>().Task);
        Task<int> winner = await any; // WhenAny itself never throws
        Console.WriteLine($"  WhenAny returned the faulted one: {winner.IsFaulted}");
        await TryAsync("awaiting the winner", () => winner);

        Task<string> continuation = Task.FromException(new InvalidOperationException("antecedent")).ContinueWith(t => "saw " + t.Exception.InnerException.Message);
        Console.WriteLine($"  ContinueWith on a faulted task: {await continuation}");
        Task throwingContinuation = Task.CompletedTask.ContinueWith(_ => throw new NotSupportedException("in the continuation"));
        await TryAsync("a continuation that throws", () => throwingContinuation);
        Task skipped = Task.CompletedTask.ContinueWith(_ => { }, TaskContinuationOptions.OnlyOnFaulted);
        await TryAsync("a continuation skipped by its options", () => skipped);

        Task<int> unwrapped = Task.Run(async () => { await Task.Delay(1); throw new InvalidOperationException("inside Task.Run"); return 0; });
        await TryAsync("Task.Run of a failing async lambda", () => unwrapped);

        var source = new TaskCompletionSource<int>();
        Task<int> later = Task.Run(async () => await source.Task * 2);
        source.SetException(new[] { new Exception("one"), new Exception("two") });
        await TryAsync("SetException of two", () => later);
        Try("Result of that TaskCompletionSource", () => { int x = source.Task.Result; });
    }

    // ---- A retry loop over a call that fails with exceptions ----

    sealed class Connection
    {
        private int _calls;
        public async Task<string> SendAsync(string request)
        {
            _calls++;
            await Task.Delay(2);
            if (_calls < 3) throw new TimeoutException($"attempt {_calls} timed out");
            return "reply to " + request;
        }
    }

    static async Task RetryLoop()
    {
        var connection = new Connection();
        for (int attempt = 1; attempt <= 5; attempt++)
        {
            try
            {
                string reply = await connection.SendAsync("ping");
                Console.WriteLine($"  {reply} after {attempt} attempts");
                break;
            }
            catch (TimeoutException e)
            {
                Console.WriteLine($"  retrying: {e.Message}");
                await Task.Delay(attempt * 2);
            }
        }

        using var deadline = new CancellationTokenSource(20);
        int tries = 0;
        try
        {
            while (true)
            {
                tries++;
                await Task.Delay(5, deadline.Token);
            }
        }
        catch (OperationCanceledException e)
        {
            Console.WriteLine($"  gave up at the deadline: {Describe(e)}; tried at least once: {tries >= 1}");
        }
    }

    // ---- Async streams, SemaphoreSlim.WaitAsync, Task.WaitAsync ----

    static async IAsyncEnumerable<int> FailingStreamAsync()
    {
        yield return 1;
        await Task.Delay(1);
        yield return 2;
        throw new InvalidOperationException("stream broke");
    }

    static async IAsyncEnumerable<int> EndlessAsync([EnumeratorCancellation] CancellationToken token = default)
    {
        for (int i = 0; ; i++)
        {
            await Task.Delay(1, token);
            yield return i;
        }
    }

    static async Task Streams()
    {
        var seen = new List<int>();
        try
        {
            await foreach (int x in FailingStreamAsync()) seen.Add(x);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine($"  after {string.Join(",", seen)}: {Describe(e)}");
        }

        using var stop = new CancellationTokenSource();
        int taken = 0;
        try
        {
            await foreach (int x in EndlessAsync().WithCancellation(stop.Token))
                if (++taken == 3) stop.Cancel();
        }
        catch (OperationCanceledException e)
        {
            Console.WriteLine($"  endless stream after {taken}: {Describe(e)}");
        }

        var empty = new SemaphoreSlim(0);
        var abandon = new CancellationTokenSource();
        Task waiting = empty.WaitAsync(abandon.Token);
        abandon.Cancel();
        await TryAsync("SemaphoreSlim.WaitAsync canceled while waiting", () => waiting);
        await TryAsync("SemaphoreSlim.WaitAsync with a canceled token", () => empty.WaitAsync(new CancellationToken(true)));
        Try("SemaphoreSlim.Release past the maximum", () => new SemaphoreSlim(1, 1).Release());

        var never = new TaskCompletionSource<int>().Task;
        await TryAsync("WaitAsync past its timeout", () => never.WaitAsync(TimeSpan.FromMilliseconds(5)));
        var giveUp = new CancellationTokenSource();
        Task<int> canceled = never.WaitAsync(giveUp.Token);
        giveUp.Cancel();
        await TryAsync("WaitAsync with its token canceled", () => canceled);
        await TryAsync("WaitAsync of a faulted task", () => FailLaterAsync("inner fault").WaitAsync(TimeSpan.FromSeconds(30)));
        Try("WaitAsync(-2 ms)", () => never.WaitAsync(TimeSpan.FromMilliseconds(-2)));
    }

    // ---- Argument checks ----

    static void ArgumentChecks()
    {
        Try("Task.Delay(-2)", () => Task.Delay(-2));
        Try("Task.Delay(TimeSpan -2 ms)", () => Task.Delay(TimeSpan.FromMilliseconds(-2)));
        Try("WhenAll(null element)", () => Task.WhenAll(new Task[] { null }));
        Try("WhenAll(null)", () => Task.WhenAll((Task[])null));
        Try("WhenAny(empty)", () => Task.WhenAny(new Task[0]));
        Try("WaitAll(null element)", () => Task.WaitAll(new Task[] { null }));
        Try("Wait(-2)", () => Task.CompletedTask.Wait(-2));
        Try("Task.Run(null)", () => Task.Run((Action)null));
        Try("ContinueWith(null)", () => Task.CompletedTask.ContinueWith((Action<Task>)null));
        var hold = new ManualResetEventSlim();
        Try("Start twice", () => { var t = new Task(() => hold.Wait()); t.Start(); t.Start(); });
        hold.Set();
        Try("Start after it ran", () => { var t = new Task(() => { }); t.Start(); t.Wait(); t.Start(); });
        Try("Start a promise", () => new TaskCompletionSource().Task.Start());
        Try("Start a continuation", () => new TaskCompletionSource().Task.ContinueWith(_ => { }).Start());
        Try("RunSynchronously a promise", () => new TaskCompletionSource().Task.RunSynchronously());
        Try("Dispose a pending task", () => new TaskCompletionSource().Task.Dispose());
        Try("FromException(null)", () => Task.FromException(null));
        Try("FromCanceled(None)", () => Task.FromCanceled(CancellationToken.None));
        Try("SetResult twice", () => { var t = new TaskCompletionSource<int>(); t.SetResult(1); t.SetResult(2); });
        Try("SetException(empty)", () => new TaskCompletionSource().SetException(new Exception[0]));
        Try("TaskCompletionSource(LongRunning)", () => new TaskCompletionSource(TaskCreationOptions.LongRunning));
        Try("ContinueWith(LongRunning | ExecuteSynchronously)", () => Task.CompletedTask.ContinueWith(_ => { }, TaskContinuationOptions.LongRunning | TaskContinuationOptions.ExecuteSynchronously));
        Try("ContinueWith(NotOn everything)", () => Task.CompletedTask.ContinueWith(_ => { }, TaskContinuationOptions.NotOnRanToCompletion | TaskContinuationOptions.NotOnFaulted | TaskContinuationOptions.NotOnCanceled));
        Try("ConfigureAwait(SuppressThrowing) on Task<int>", () => Task.FromResult(1).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing));
        Try("CancelAfter(-2)", () => new CancellationTokenSource().CancelAfter(-2));
        Try("CreateLinkedTokenSource()", () => CancellationTokenSource.CreateLinkedTokenSource(new CancellationToken[0]));
        Try("Register(null)", () => CancellationToken.None.Register((Action)null));
        Try("QueueUserWorkItem(null)", () => ThreadPool.QueueUserWorkItem(null));
        Try("new Timer(null)", () => new Timer(null));
        Try("new AggregateException(null element)", () => new AggregateException(new Exception[] { null }));
        Try("new ValueTask(null)", () => new ValueTask((Task)null));
        Try("new Timer(due -2)", () => new Timer(_ => { }, null, -2, 0));
        Try("Timer.Change(0, -2)", () => new Timer(_ => { }).Change(0, -2));
        Try("new Timer(due 2^32 ms)", () => new Timer(_ => { }, null, 0x1_0000_0000L, 0L));
        Try("SemaphoreSlim.WaitAsync(-2 ms)", () => new SemaphoreSlim(0).WaitAsync(TimeSpan.FromMilliseconds(-2)));

        // AggregateException's shape, on exceptions that were never thrown (so no stack traces).
        var one = new AggregateException(new AggregateException(new FormatException("innermost")));
        Console.WriteLine($"  GetBaseException of nested single ones: {Describe(one.GetBaseException())}");
        var two = new AggregateException(new AggregateException(new Exception("a"), new Exception("b")));
        Console.WriteLine($"  GetBaseException stops at two: {Describe(two.GetBaseException())}");
        Console.WriteLine(new AggregateException(new Exception("a"), new InvalidOperationException("b")).ToString());
        Console.WriteLine("  --");
        Console.WriteLine(new AggregateException("custom", new Exception("only")).ToString());
        Console.WriteLine("  --");
        Console.WriteLine(new TaskCanceledException().ToString());
    }
}

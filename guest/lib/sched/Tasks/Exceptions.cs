using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace System
{
    // One or more exceptions in one: a faulted task's, Task.Wait's and Task.Result's, WaitAll's. Message and
    // ToString read as .NET's: "One or more errors occurred. (first) (second)".
    public class AggregateException : Exception
    {
        private const string DefaultMessageText = "One or more errors occurred.";
        private readonly Exception[] _innerExceptions;
        private ReadOnlyCollection<Exception> _view;

        public AggregateException() : base(DefaultMessageText) { _innerExceptions = new Exception[0]; }

        public AggregateException(string message) : base(message ?? DefaultMessageText) { _innerExceptions = new Exception[0]; }

        public AggregateException(string message, Exception innerException) : base(message ?? DefaultMessageText, innerException)
        {
            if (innerException == null) throw new ArgumentNullException(nameof(innerException));
            _innerExceptions = new[] { innerException };
        }

        public AggregateException(IEnumerable<Exception> innerExceptions) : this(null, ToArray(innerExceptions)) { }

        public AggregateException(params Exception[] innerExceptions) : this(null, innerExceptions) { }

        public AggregateException(string message, IEnumerable<Exception> innerExceptions) : this(message, ToArray(innerExceptions)) { }

        public AggregateException(string message, params Exception[] innerExceptions)
            : base(message ?? DefaultMessageText, FirstOf(innerExceptions))
        {
            var copy = new Exception[innerExceptions.Length];
            for (int i = 0; i < copy.Length; i++)
            {
                copy[i] = innerExceptions[i];
                if (copy[i] == null) throw new ArgumentException("An element of innerExceptions was null.");
            }
            _innerExceptions = copy;
        }

        private static Exception[] ToArray(IEnumerable<Exception> innerExceptions)
        {
            if (innerExceptions == null) throw new ArgumentNullException(nameof(innerExceptions));
            return new List<Exception>(innerExceptions).ToArray();
        }

        private static Exception FirstOf(Exception[] innerExceptions)
        {
            if (innerExceptions == null) throw new ArgumentNullException(nameof(innerExceptions));
            return innerExceptions.Length > 0 ? innerExceptions[0] : null;
        }

        public ReadOnlyCollection<Exception> InnerExceptions => _view ??= new ReadOnlyCollection<Exception>(_innerExceptions);

        internal int InnerExceptionCount => _innerExceptions.Length;
        internal Exception[] InternalInnerExceptions => _innerExceptions;

        // The first AggregateException, going inwards, that holds other than one exception (or the exception
        // inside the last one that holds one).
        public override Exception GetBaseException()
        {
            Exception back = this;
            AggregateException aggregate = this;
            while (aggregate != null && aggregate._innerExceptions.Length == 1)
            {
                back = back.InnerException;
                aggregate = back as AggregateException;
            }
            return back;
        }

        // Every exception of nested AggregateExceptions in one level, breadth first, in order.
        public AggregateException Flatten()
        {
            var flat = new List<Exception>();
            var pending = new List<AggregateException> { this };
            for (int n = 0; n < pending.Count; n++)
            {
                foreach (Exception inner in pending[n]._innerExceptions)
                {
                    if (inner is AggregateException nested) pending.Add(nested);
                    else flat.Add(inner);
                }
            }
            return new AggregateException(base.Message, flat);
        }

        // Calls predicate on each exception; those it returns false for are thrown again in a new AggregateException.
        public void Handle(Func<Exception, bool> predicate)
        {
            if (predicate == null) throw new ArgumentNullException(nameof(predicate));
            List<Exception> unhandled = null;
            foreach (Exception inner in _innerExceptions)
                if (!predicate(inner)) (unhandled ??= new List<Exception>()).Add(inner);
            if (unhandled != null) throw new AggregateException(Message, unhandled);
        }

        public override string Message
        {
            get
            {
                if (_innerExceptions.Length == 0) return base.Message;
                var sb = new StringBuilder();
                sb.Append(base.Message);
                foreach (Exception inner in _innerExceptions)
                {
                    sb.Append(" (");
                    sb.Append(inner.Message);
                    sb.Append(')');
                }
                return sb.ToString();
            }
        }

        public override string ToString()
        {
            var sb = new StringBuilder();
            sb.Append(base.ToString());
            for (int i = 0; i < _innerExceptions.Length; i++)
            {
                if (_innerExceptions[i] == InnerException) continue; // base.ToString() wrote it
                sb.Append("\n ---> (Inner Exception #");
                sb.Append(i);
                sb.Append(") ");
                sb.Append(_innerExceptions[i].ToString());
                sb.Append("<---");
                sb.Append('\n');
            }
            return sb.ToString();
        }
    }

    // Thrown by code that sees its CancellationToken canceled; CancellationToken says which.
    public class OperationCanceledException : SystemException
    {
        private const string DefaultMessageText = "The operation was canceled.";

        public OperationCanceledException() : base(DefaultMessageText) { }
        public OperationCanceledException(string message) : base(message ?? DefaultMessageText) { }
        public OperationCanceledException(string message, Exception innerException) : base(message ?? DefaultMessageText, innerException) { }
        public OperationCanceledException(CancellationToken token) : this() { CancellationToken = token; }
        public OperationCanceledException(string message, CancellationToken token) : this(message) { CancellationToken = token; }
        public OperationCanceledException(string message, Exception innerException, CancellationToken token) : this(message, innerException) { CancellationToken = token; }

        public CancellationToken CancellationToken { get; private set; }
    }
}

namespace System.Threading.Tasks
{
    // What awaiting a canceled task throws (when no OperationCanceledException of its own canceled it), and what
    // Task.Wait/Result wrap for a canceled task.
    public class TaskCanceledException : OperationCanceledException
    {
        private const string DefaultMessageText = "A task was canceled.";
        private readonly Task _canceledTask;

        public TaskCanceledException() : base(DefaultMessageText) { }
        public TaskCanceledException(string message) : base(message ?? DefaultMessageText) { }
        public TaskCanceledException(string message, Exception innerException) : base(message ?? DefaultMessageText, innerException) { }
        public TaskCanceledException(string message, Exception innerException, CancellationToken token) : base(message ?? DefaultMessageText, innerException, token) { }
        public TaskCanceledException(Task task) : base(DefaultMessageText, task != null ? task.CancellationToken : default) { _canceledTask = task; }

        public Task Task => _canceledTask;
    }

    // A TaskScheduler's QueueTask failed.
    public class TaskSchedulerException : Exception
    {
        private const string DefaultMessageText = "An exception was thrown by a TaskScheduler.";

        public TaskSchedulerException() : base(DefaultMessageText) { }
        public TaskSchedulerException(string message) : base(message ?? DefaultMessageText) { }
        public TaskSchedulerException(Exception innerException) : base(DefaultMessageText, innerException) { }
        public TaskSchedulerException(string message, Exception innerException) : base(message ?? DefaultMessageText, innerException) { }
    }
}

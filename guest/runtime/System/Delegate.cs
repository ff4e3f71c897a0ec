namespace System
{
    // Field names and the Initialize* methods are ilc's delegate-construction contract: ilc emits calls to them
    // and its Invoke stubs call _functionPointer with _firstParameter as the receiver.
    public abstract unsafe class Delegate
    {
        private object _firstParameter;
        private object _helperObject;
        private nint _extraFunctionPointerOrData;
        private nint _functionPointer;

        public object Target => InvocationList != null ? InvocationAt(InvocationCount - 1).Target : (_firstParameter == this ? _helperObject : _firstParameter);

        private void InitializeClosedInstance(object firstParameter, nint functionPointer)
        {
            if (firstParameter == null) throw new NullReferenceException();
            _functionPointer = functionPointer;
            _firstParameter = firstParameter;
        }

        private void InitializeClosedInstanceSlow(object firstParameter, nint functionPointer) =>
            InitializeClosedInstance(firstParameter, functionPointer);

        private void InitializeClosedInstanceWithoutNullCheck(object firstParameter, nint functionPointer)
        {
            _functionPointer = functionPointer;
            _firstParameter = firstParameter;
        }

        private void InitializeClosedInstanceToInterface(object firstParameter, nint dispatchCell)
        {
            if (firstParameter == null) throw new NullReferenceException();
            _functionPointer = Kiln.Runtime.InterfaceDispatch.Resolve(firstParameter, dispatchCell);
            _firstParameter = firstParameter;
        }

        private void InitializeClosedStaticThunk(object firstParameter, nint functionPointer, nint functionPointerThunk)
        {
            _extraFunctionPointerOrData = functionPointer;
            _helperObject = firstParameter;
            _functionPointer = functionPointerThunk;
            _firstParameter = this;
        }

        private void InitializeOpenStaticThunk(object _, nint functionPointer, nint functionPointerThunk)
        {
            _firstParameter = this;
            _functionPointer = functionPointerThunk;
            _extraFunctionPointerOrData = functionPointer;
        }

        private void InitializeOpenInstanceThunkDynamic(nint functionPointer, nint functionPointerThunk)
        {
            _firstParameter = this;
            _functionPointer = functionPointerThunk;
            _extraFunctionPointerOrData = functionPointer;
        }

        // A combined delegate keeps its targets in _helperObject as Wrapper[] and their
        // count in _extraFunctionPointerOrData, and calls the invoke thunk ilc generates per delegate type: it loops
        // over the array and calls each target with its own _firstParameter. ilc finds Wrapper and GetThunk by name.
        private struct Wrapper
        {
            public Wrapper(Delegate value) { Value = value; }
            public Delegate Value;
        }

        private protected const int MulticastThunk = 0;
        private protected const int ClosedStaticThunk = 1;
        private protected const int OpenStaticThunk = 2;
        private protected const int ClosedInstanceThunkOverGenericMethod = 3;
        private protected const int OpenInstanceThunk = 4;
        private protected const int ObjectArrayThunk = 5;

        // ilc overrides this in every delegate type with the addresses of that type's thunks.
        private protected virtual nint GetThunk(int whichThunk) => 0;

        private Wrapper[] InvocationList => _helperObject as Wrapper[];
        private int InvocationCount => InvocationList != null ? (int)_extraFunctionPointerOrData : 1;
        private Delegate InvocationAt(int i) => InvocationList != null ? InvocationList[i].Value : this;

        private bool SingleEquals(Delegate d)
        {
            if (_functionPointer != d._functionPointer || _extraFunctionPointerOrData != d._extraFunctionPointerOrData) return false;
            if (!ReferenceEquals(_helperObject, d._helperObject)) return false;
            // Thunked delegates point _firstParameter at themselves; only a real receiver must match.
            bool selfA = ReferenceEquals(_firstParameter, this), selfB = ReferenceEquals(d._firstParameter, d);
            return selfA == selfB && (selfA || ReferenceEquals(_firstParameter, d._firstParameter));
        }

        public override bool Equals(object obj)
        {
            if (!(obj is Delegate d) || d.m_pEEType != m_pEEType) return false;
            if (ReferenceEquals(this, d)) return true;
            bool multiA = InvocationList != null, multiB = d.InvocationList != null;
            if (multiA != multiB) return false;
            if (!multiA) return SingleEquals(d);
            int n = InvocationCount;
            if (n != d.InvocationCount) return false;
            for (int i = 0; i < n; i++) if (!InvocationAt(i).SingleEquals(d.InvocationAt(i))) return false;
            return true;
        }

        public override int GetHashCode() =>
            InvocationList != null ? InvocationCount : (int)(_extraFunctionPointerOrData != 0 ? _extraFunctionPointerOrData : _functionPointer);

        public Delegate[] GetInvocationList()
        {
            int n = InvocationCount;
            var r = new Delegate[n];
            for (int i = 0; i < n; i++) r[i] = InvocationAt(i);
            return r;
        }

        public bool HasSingleTarget => InvocationList == null;

        private Delegate NewMulticast(Wrapper[] list, int count)
        {
            if (count == 0) return null;
            if (count == 1) return list[0].Value;
            Delegate d = Runtime.CompilerServices.Unsafe.As<Delegate>(Kiln.Runtime.Allocation.NewObject(m_pEEType));
            d._helperObject = list;
            d._extraFunctionPointerOrData = count;
            d._functionPointer = GetThunk(MulticastThunk);
            d._firstParameter = d;
            return d;
        }

        public static Delegate Combine(Delegate a, Delegate b)
        {
            if (a is null) return b;
            if (b is null) return a;
            if (a.m_pEEType != b.m_pEEType) ThrowHelpers.ThrowArgument("Delegates must be of the same type.");
            int na = a.InvocationCount, nb = b.InvocationCount;
            var list = new Wrapper[na + nb];
            for (int i = 0; i < na; i++) list[i] = new Wrapper(a.InvocationAt(i));
            for (int i = 0; i < nb; i++) list[na + i] = new Wrapper(b.InvocationAt(i));
            return a.NewMulticast(list, na + nb);
        }

        public static Delegate Combine(params Delegate[] delegates)
        {
            if (delegates == null) return null;
            Delegate r = null;
            for (int i = 0; i < delegates.Length; i++) r = Combine(r, delegates[i]);
            return r;
        }

        // Removes the last occurrence of value's invocation list as a contiguous run, as .NET does.
        public static Delegate Remove(Delegate source, Delegate value)
        {
            if (source is null) return null;
            if (value is null) return source;
            if (source.m_pEEType != value.m_pEEType) ThrowHelpers.ThrowArgument("Delegates must be of the same type.");
            int ns = source.InvocationCount, nv = value.InvocationCount;
            for (int start = ns - nv; start >= 0; start--)
            {
                bool match = true;
                for (int k = 0; k < nv && match; k++)
                    match = source.InvocationAt(start + k).SingleEquals(value.InvocationAt(k));
                if (!match) continue;
                var list = new Wrapper[ns - nv];
                for (int i = 0; i < start; i++) list[i] = new Wrapper(source.InvocationAt(i));
                for (int i = start + nv; i < ns; i++) list[i - nv] = new Wrapper(source.InvocationAt(i));
                return source.NewMulticast(list, ns - nv);
            }
            return source;
        }

        public static Delegate RemoveAll(Delegate source, Delegate value)
        {
            Delegate last;
            do { last = source; source = Remove(source, value); } while (!ReferenceEquals(last, source));
            return source;
        }

        public static bool operator ==(Delegate a, Delegate b) => a is null ? b is null : a.Equals(b);
        public static bool operator !=(Delegate a, Delegate b) => !(a == b);
    }

    public abstract class MulticastDelegate : Delegate
    {
        public static bool operator ==(MulticastDelegate a, MulticastDelegate b) => a is null ? b is null : a.Equals(b);
        public static bool operator !=(MulticastDelegate a, MulticastDelegate b) => !(a == b);
        public override bool Equals(object obj) => base.Equals(obj);
        public override int GetHashCode() => base.GetHashCode();
    }

    public delegate void Action();
    public delegate void Action<in T>(T obj);
    public delegate void Action<in T1, in T2>(T1 arg1, T2 arg2);
    public delegate void Action<in T1, in T2, in T3>(T1 arg1, T2 arg2, T3 arg3);
    public delegate void Action<in T1, in T2, in T3, in T4>(T1 arg1, T2 arg2, T3 arg3, T4 arg4);
    public delegate TResult Func<out TResult>();
    public delegate TResult Func<in T, out TResult>(T arg);
    public delegate TResult Func<in T1, in T2, out TResult>(T1 arg1, T2 arg2);
    public delegate TResult Func<in T1, in T2, in T3, out TResult>(T1 arg1, T2 arg2, T3 arg3);
    public delegate TResult Func<in T1, in T2, in T3, in T4, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4);
    public delegate void Action<in T1, in T2, in T3, in T4, in T5>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5);
    public delegate void Action<in T1, in T2, in T3, in T4, in T5, in T6>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6);
    public delegate void Action<in T1, in T2, in T3, in T4, in T5, in T6, in T7>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7);
    public delegate void Action<in T1, in T2, in T3, in T4, in T5, in T6, in T7, in T8>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7, T8 arg8);
    public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5);
    public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, in T6, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6);
    public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, in T6, in T7, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7);
    public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, in T6, in T7, in T8, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5, T6 arg6, T7 arg7, T8 arg8);
    public delegate bool Predicate<in T>(T obj);
    public delegate int Comparison<in T>(T x, T y);
    public delegate TOutput Converter<in TInput, out TOutput>(TInput input);
}

namespace System.Runtime.InteropServices
{
    // ilc requires the type and this helper; Kiln images have no dynamic interface casting.
    public unsafe interface IDynamicInterfaceCastable
    {
        internal static nint GetDynamicInterfaceImplementation(IDynamicInterfaceCastable instance, Internal.Runtime.MethodTable* interfaceType, ushort slot) =>
            throw new System.NotSupportedException();
    }
}

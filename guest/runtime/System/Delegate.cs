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

        public object Target => _firstParameter == this ? _helperObject : _firstParameter;

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

        public override bool Equals(object obj) =>
            obj is Delegate d && d.m_pEEType == m_pEEType && d._extraFunctionPointerOrData == _extraFunctionPointerOrData &&
            (_extraFunctionPointerOrData != 0 || (d._functionPointer == _functionPointer && d._firstParameter == _firstParameter));

        public override int GetHashCode() => (int)(_extraFunctionPointerOrData != 0 ? _extraFunctionPointerOrData : _functionPointer);

        public static Delegate Combine(Delegate a, Delegate b)
        {
            if (a == null) return b;
            if (b == null) return a;
            throw new NotSupportedException("Multicast delegates are not supported by the Kiln runtime yet.");
        }

        public static Delegate Remove(Delegate source, Delegate value) => source != null && source.Equals(value) ? null : source;

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
    public delegate bool Predicate<in T>(T obj);
    public delegate int Comparison<in T>(T x, T y);
    public delegate TOutput Converter<in TInput, out TOutput>(TInput input);

    public abstract unsafe class Type
    {
        public abstract string Name { get; }
        public string FullName => Name;
        public override string ToString() => Name;
        public static Type GetTypeFromHandle(RuntimeTypeHandle handle) =>
            handle._value == 0 ? null : RuntimeType.FromMethodTable((Internal.Runtime.MethodTable*)handle._value);
        public RuntimeTypeHandle TypeHandle => ((RuntimeType)this).Handle;
        public static bool operator ==(Type a, Type b) => a is null ? b is null : a.Equals(b);
        public static bool operator !=(Type a, Type b) => !(a == b);
        public override bool Equals(object o) => (object)this == o;
        public override int GetHashCode() => 0;
    }

    // ilc requires this type; Kiln images carry no reflection metadata, so it only knows its MethodTable.
    internal sealed unsafe class RuntimeType : Type
    {
        internal Internal.Runtime.MethodTable* _pUnderlyingEEType;
        public override string Name => Kiln.Runtime.Symbols.TypeName(_pUnderlyingEEType);

        // One Type object per call; `typeof(A) == typeof(B)` compares MethodTables, not references.
        internal static RuntimeType FromMethodTable(Internal.Runtime.MethodTable* type) => new RuntimeType { _pUnderlyingEEType = type };
        public override bool Equals(object obj) => obj is RuntimeType t && t._pUnderlyingEEType == _pUnderlyingEEType;
        public override int GetHashCode() => (int)(nint)_pUnderlyingEEType;
        internal RuntimeTypeHandle Handle { get { RuntimeTypeHandle h; h._value = (nint)_pUnderlyingEEType; return h; } }
    }
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

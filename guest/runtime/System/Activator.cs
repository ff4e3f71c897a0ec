using System.Reflection;
using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace System
{
    // What C# compiles `new T()` to. ilc's contract (ILCompiler 10.0, as NativeAOT's Activator.NativeAot.cs):
    // DefaultConstructorOf<T>() becomes the address of T's parameterless constructor — a constant in unshared code,
    // a generic dictionary entry in shared code. When T has none, ilc substitutes MissingConstructorMethod (a class)
    // or StructWithNoConstructor's constructor (a struct without one: the zeroed value is the result); ilc looks
    // both up by name in this class. Images that never say `new T()` contain none of this.
    public static class Activator
    {
        [Intrinsic]
        public static unsafe T CreateInstance<T>()
        {
            IntPtr ctor = DefaultConstructorOf<T>();
            // .NET's (CoreCLR's) words, which name the type.
            if (ctor == (IntPtr)(delegate*<long>)&MissingConstructorMethod)
                throw new MissingMethodException("Cannot dynamically create an instance of type '" + typeof(T).ToString() + "'. Reason: No parameterless constructor defined.");

            // A constructor's exception comes wrapped, as on .NET; an image that cannot catch reports it as it is
            // (the catch sits behind the same switch as the dispatcher).
            if (Kiln.Runtime.ExceptionHandling.CatchSupported) return ConstructCatching<T>(ctor);
            return Construct<T>(ctor);
        }

        private static T ConstructCatching<T>(IntPtr ctor)
        {
            try
            {
                return Construct<T>(ctor);
            }
            catch (Exception e)
            {
                throw new TargetInvocationException(e);
            }
        }

        private static unsafe T Construct<T>(IntPtr ctor)
        {
            MethodTable* type = MethodTable.Of<T>();
            if (type->IsValueType)
            {
                T value = default;
                ((delegate*<ref byte, void>)ctor)(ref Unsafe.As<T, byte>(ref value));
                return value;
            }
            // The instance goes first, as `calli` passes `this`.
            object o = Kiln.Runtime.Allocation.NewObject(type);
            T t = Unsafe.As<object, T>(ref o);
            ((delegate*<T, void>)ctor)(t);
            return t;
        }

        [Intrinsic]
        private static IntPtr DefaultConstructorOf<T>() => throw new NotSupportedException("ilc did not expand Activator.DefaultConstructorOf");

        // The marker for "no parameterless constructor"; a body of its own so that nothing folds with it.
        private static long MissingConstructorMethod() => 0x4b696c6e4e6f4374;

        private struct StructWithNoConstructor
        {
            public StructWithNoConstructor() { }
        }
    }
}

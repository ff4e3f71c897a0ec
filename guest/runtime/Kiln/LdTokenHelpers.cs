using Internal.Runtime;

namespace Internal.Runtime.CompilerHelpers
{
    // ldtoken/typeof support: ilc passes MethodTable pointers and expects handles or Type objects back.
    internal static unsafe class LdTokenHelpers
    {
        private static System.RuntimeTypeHandle GetRuntimeTypeHandle(MethodTable* type)
        {
            System.RuntimeTypeHandle h;
            h._value = (nint)type;
            return h;
        }

        private static System.RuntimeMethodHandle GetRuntimeMethodHandle(nint signature)
        {
            System.RuntimeMethodHandle h;
            h._value = signature;
            return h;
        }

        private static System.RuntimeFieldHandle GetRuntimeFieldHandle(nint signature)
        {
            System.RuntimeFieldHandle h;
            h._value = signature;
            return h;
        }

        private static System.Type GetRuntimeType(MethodTable* type) => System.RuntimeType.FromMethodTable(type);
    }
}

using System;
using System.Runtime;
using System.Runtime.CompilerServices;

namespace Kiln.Runtime
{
    // Brings the runtime up on the memory and arguments the platform hands over, runs the app, and exits. Hidden from
    // stack traces: they end at Main, as .NET's do.
    [System.Diagnostics.StackTraceHidden]
    internal static unsafe class Startup
    {
        private static BootInfo s_boot;

        // Called once by the platform library. MUST be the first managed code that allocates. Never returns.
        public static void Run(BootInfo* boot)
        {
            s_boot = *boot;
            Stacks.CurrentTop = (nuint)boot->StackTop;
            KernelParameters.Split(ref s_boot.Argc, s_boot.Argv);
            Allocation.InitializeHeap(boot->HeapBase, boot->HeapSize, boot->HeapZeroed);
            Modules.AllocateStatics();
            ThreadLocalStorage.Initialize();
            Modules.RunEagerConstructors();
            int status = ManagedMain(s_boot.Argc, (sbyte**)s_boot.Argv);
            // As in .NET, the image ends when Main has returned and every foreground thread has finished.
            if (MainReturned != null) MainReturned();
            Exit(status);
        }

        internal static nuint StackTop => (nuint)s_boot.StackTop;

        // Set by the scheduler: waits for the foreground threads after Main returns (not on Environment.Exit).
        public static delegate*<void> MainReturned;
        public static string PlatformName => s_boot.Platform == null ? "" : new string((sbyte*)s_boot.Platform);

        public static void Exit(int status)
        {
            Preemption.Disable(); // no thread runs again
            Shutdown.Run();
            Platform.Exit(status);
        }

        // kvm images get their environment as env.NAME=value kernel parameters; linuxu from the process too.
        public static string GetEnvironmentVariable(string name)
        {
            if (name == null) return null;
            byte* fromCmdline = KernelParameters.Find("env." + name);
            if (fromCmdline != null) return new string((sbyte*)fromCmdline);
            if (s_boot.Envp == null) return null;
            for (byte** e = s_boot.Envp; *e != null; e++)
            {
                byte* kv = *e;
                int i = 0;
                while (i < name.Length && kv[i] != 0 && kv[i] == name[i]) i++;
                if (i == name.Length && kv[i] == (byte)'=') return new string((sbyte*)(kv + i + 1));
            }
            return null;
        }

        // ilc generates this from the app's Main: it sets up args through StartupCodeHelpers and calls Main.
        [RuntimeImport("*", "__managed__Main")]
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int ManagedMain(int argc, sbyte** argv);
    }
}

namespace Internal.Runtime.CompilerHelpers
{
    // Called by ilc's generated __managed__Main around the app's Main.
    internal static unsafe class StartupCodeHelpers
    {
        internal static void InitializeCommandLineArgs(int argc, sbyte** argv)
        {
            string[] args = new string[argc];
            for (int i = 0; i < argc; i++) args[i] = new string(argv[i]);
            System.Environment.s_commandLineArgs = args;
        }

        internal static void InitializeEntryAssembly(System.RuntimeTypeHandle entryAssemblyType) { }

        internal static void RunModuleInitializers() => Kiln.Runtime.Modules.RunModuleInitializers();

        private static string[] GetMainMethodArguments()
        {
            string[] all = System.Environment.s_commandLineArgs;
            string[] args = new string[all.Length > 0 ? all.Length - 1 : 0];
            for (int i = 0; i < args.Length; i++) args[i] = all[i + 1];
            return args;
        }

        private static void SetLatchedExitCode(int exitCode) => System.Environment.ExitCode = exitCode;

        private static int Shutdown() => System.Environment.ExitCode;
    }
}

namespace System
{
    public static class Environment
    {
        internal static string[] s_commandLineArgs = new string[0];

        public static string[] GetCommandLineArgs()
        {
            string[] r = new string[s_commandLineArgs.Length];
            Array.Copy(s_commandLineArgs, r, r.Length);
            return r;
        }

        public static int ExitCode { get; set; }
        public static string NewLine => "\n";
        public static int ProcessorCount => 1;
        // Milliseconds of the platform's monotonic clock: since boot on kvm, since the host booted on linuxu (as .NET).
        public static long TickCount64 => Kiln.Runtime.Platform.MonotonicNs() / 1_000_000;
        public static int TickCount => (int)TickCount64;
        public static bool Is64BitProcess => true;

        public static void Exit(int exitCode) => Kiln.Runtime.Startup.Exit(exitCode);

        public static void FailFast(string message) => Kiln.Runtime.Panic.FailFast(message);

        public static string GetEnvironmentVariable(string variable) => Kiln.Runtime.Startup.GetEnvironmentVariable(variable);
    }
}

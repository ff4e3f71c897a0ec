namespace System
{
    // Text written here goes, UTF-8 encoded, to the platform console (fd 1 on linuxu, COM1 on kvm).
    public static class Console
    {
        public static void Write(string value) => Kiln.Runtime.ConsoleOut.Write(value);
        public static void Write(char value) => Kiln.Runtime.ConsoleOut.Write(value);
        public static void Write(bool value) => Write(value.ToString());
        public static void Write(int value) => Write(value.ToString());
        public static void Write(uint value) => Write(value.ToString());
        public static void Write(long value) => Write(value.ToString());
        public static void Write(ulong value) => Write(value.ToString());
        public static void Write(double value) => Write(value.ToString());
        public static void Write(object value) { if (value != null) Write(value.ToString()); }
        public static void Write(char[] buffer) { if (buffer != null) Write(new string(buffer)); }

        public static void WriteLine() => Kiln.Runtime.ConsoleOut.Write('\n');
        public static void WriteLine(string value) { Write(value); WriteLine(); }
        public static void WriteLine(char value) { Write(value); WriteLine(); }
        public static void WriteLine(bool value) => WriteLine(value.ToString());
        public static void WriteLine(int value) => WriteLine(value.ToString());
        public static void WriteLine(uint value) => WriteLine(value.ToString());
        public static void WriteLine(long value) => WriteLine(value.ToString());
        public static void WriteLine(ulong value) => WriteLine(value.ToString());
        public static void WriteLine(double value) => WriteLine(value.ToString());
        public static void WriteLine(object value) => WriteLine(value?.ToString());
        public static void WriteLine(char[] buffer) => WriteLine(buffer == null ? null : new string(buffer));

        public static void Flush() => Kiln.Runtime.ConsoleOut.Flush();
    }

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
        public static bool Is64BitProcess => true;

        public static void Exit(int exitCode) => Kiln.Runtime.Startup.Exit(exitCode);

        public static void FailFast(string message) => Kiln.Runtime.Panic.FailFast(message);

        public static string GetEnvironmentVariable(string variable) => Kiln.Runtime.Startup.GetEnvironmentVariable(variable);
    }
}

namespace System
{
    // Text written here goes, UTF-8 encoded, to the platform console (fd 1 on linuxu, COM1 on kvm).
    public static class Console
    {
        public static void Write(string value) => Kiln.Lib.Console.ConsoleOut.Write(value);
        public static void Write(char value) => Kiln.Lib.Console.ConsoleOut.Write(value);
        public static void Write(bool value) => Write(value.ToString());
        public static void Write(int value) => Write(value.ToString());
        public static void Write(uint value) => Write(value.ToString());
        public static void Write(long value) => Write(value.ToString());
        public static void Write(ulong value) => Write(value.ToString());
        public static void Write(double value) => Write(value.ToString());
        public static void Write(float value) => Write(value.ToString());
        public static void Write(decimal value) => Write(value.ToString());
        public static void Write(string format, object arg0) => Write(string.Format(format, arg0));
        public static void Write(string format, object arg0, object arg1) => Write(string.Format(format, arg0, arg1));
        public static void Write(string format, object arg0, object arg1, object arg2) => Write(string.Format(format, arg0, arg1, arg2));
        public static void Write(string format, params object[] arg) => Write(string.Format(format, arg));
        public static void Write(object value) { if (value != null) Write(value.ToString()); }
        public static void Write(char[] buffer) { if (buffer != null) Write(new string(buffer)); }

        public static void WriteLine() => Kiln.Lib.Console.ConsoleOut.Write('\n');
        public static void WriteLine(string value) => Kiln.Lib.Console.ConsoleOut.Write(value, newLine: true);
        public static void WriteLine(char value) { Write(value); WriteLine(); }
        public static void WriteLine(bool value) => WriteLine(value.ToString());
        public static void WriteLine(int value) => WriteLine(value.ToString());
        public static void WriteLine(uint value) => WriteLine(value.ToString());
        public static void WriteLine(long value) => WriteLine(value.ToString());
        public static void WriteLine(ulong value) => WriteLine(value.ToString());
        public static void WriteLine(double value) => WriteLine(value.ToString());
        public static void WriteLine(float value) => WriteLine(value.ToString());
        public static void WriteLine(decimal value) => WriteLine(value.ToString());
        public static void WriteLine(string format, object arg0) => WriteLine(string.Format(format, arg0));
        public static void WriteLine(string format, object arg0, object arg1) => WriteLine(string.Format(format, arg0, arg1));
        public static void WriteLine(string format, object arg0, object arg1, object arg2) => WriteLine(string.Format(format, arg0, arg1, arg2));
        public static void WriteLine(string format, params object[] arg) => WriteLine(string.Format(format, arg));
        public static void WriteLine(object value) => WriteLine(value?.ToString());
        public static void WriteLine(char[] buffer) => WriteLine(buffer == null ? null : new string(buffer));

        public static void Flush() => Kiln.Lib.Console.ConsoleOut.Flush();
    }
}

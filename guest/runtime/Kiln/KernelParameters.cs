namespace Kiln.Runtime
{
    // The kernel command line (docs/boot.md): argv is the image name, kernel parameters, "--", then the app's
    // arguments. Without "--" every word belongs to the app. Parameters are `name` or `name=value`; the image
    // rejects names that none of its libs declared (lib.yaml `parameters`, compiled into KernelParameters).
    internal static unsafe class KernelParameters
    {
        private static byte** s_words;
        private static int s_count;

        // Takes the parameters out of argv, leaving the name and the app's arguments. Runs before the heap exists, so
        // the parameters stay in argv's own slots: behind the app's arguments and their terminating null.
        internal static void Split(ref int argc, byte** argv)
        {
            int dash = -1;
            for (int i = 1; i < argc; i++)
            {
                if (argv[i][0] == '-' && argv[i][1] == '-' && argv[i][2] == 0) { dash = i; break; }
            }
            if (dash < 0) return;
            for (int i = 1; i < dash; i++)
            {
                if (!Declared(argv[i]))
                    Panic.Fatal("unknown kernel parameter '", argv[i], "' (this image takes: " + Kiln.Options.Runtime.KernelParameters + ")");
            }
            // [params, "--", app args] becomes [app args, "--", params] (three reversals), then "--" becomes the null
            // that ends the app's arguments.
            int parameters = dash - 1, appArgs = argc - dash - 1;
            Reverse(argv + 1, argc - 1);
            Reverse(argv + 1, appArgs);
            Reverse(argv + 2 + appArgs, parameters);
            argv[1 + appArgs] = null;
            s_words = argv + 2 + appArgs;
            s_count = parameters;
            argc = 1 + appArgs;
        }

        private static void Reverse(byte** words, int count)
        {
            for (int i = 0, j = count - 1; i < j; i++, j--)
            {
                byte* t = words[i];
                words[i] = words[j];
                words[j] = t;
            }
        }

        // Matches the parameter's name against the declared names; "x.*" declares every "x.<something>".
        private static bool Declared(byte* word)
        {
            int length = 0;
            while (word[length] != 0 && word[length] != '=') length++;
            string declared = Kiln.Options.Runtime.KernelParameters;
            int start = 0;
            while (start < declared.Length)
            {
                int end = start;
                while (end < declared.Length && declared[end] != ' ') end++;
                bool wildcard = end - start >= 2 && declared[end - 1] == '*';
                int fixedLength = wildcard ? end - start - 1 : end - start;
                bool match = wildcard ? length > fixedLength : length == fixedLength;
                for (int i = 0; match && i < fixedLength; i++) match = word[i] == declared[start + i];
                if (match) return true;
                start = end + 1;
            }
            return false;
        }

        // The value of `name=value` (last one wins), "" for a bare `name`, null when absent. Does not allocate.
        public static byte* Find(string name)
        {
            for (int i = s_count - 1; i >= 0; i--)
            {
                byte* word = s_words[i];
                int k = 0;
                while (k < name.Length && word[k] == name[k]) k++;
                if (k < name.Length) continue;
                if (word[k] == '=') return word + k + 1;
                if (word[k] == 0) return word + k;
            }
            return null;
        }

        // A switch: present as `name`, `name=1`, `name=true`, `name=on` or `name=yes`.
        public static bool IsSet(string name)
        {
            byte* v = Find(name);
            if (v == null) return false;
            return v[0] == 0 || (v[0] == '1' && v[1] == 0) || v[0] == 't' || v[0] == 'y' || (v[0] == 'o' && v[1] == 'n');
        }
    }
}

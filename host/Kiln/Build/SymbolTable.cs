using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;

namespace Kiln.Build;

/// <summary>
/// Builds the image's embedded symbol table (docs/image.md): functions and MethodTables from the linker's
/// view, named the way C# spells them (System.String.Concat rather than ilc's Kiln_Runtime_System_String__Concat),
/// and for methods the metadata knows, the frame text of a .NET stack trace: "Program.Box`1.Get" and "(T x, Int32 i)".
/// </summary>
public sealed class SymbolTable
{
    public const uint Magic = 0x4D59534B; // "KSYM"
    public const uint FlagRuntime = 1;
    public const uint FlagType = 2;
    public const uint FlagHidden = 4;     // not shown in exception stack traces: [StackTraceHidden], or code the metadata does not know
    public const uint FlagSignature = 8;  // Signature follows the name

    /// <param name="Signature">A method's generic parameters and parameter list as .NET's StackTrace prints them.</param>
    public sealed record Symbol(ulong Address, string Name, uint Flags, string? Signature = null);

    private sealed record MethodName(string Name, string? Signature, bool Hidden);

    /// <summary>An enum's constants from metadata: values zero-extended from the underlying type, as .NET orders them.</summary>
    public sealed record EnumInfo(bool IsFlags, IReadOnlyList<(ulong Value, string Name)> Fields);

    private readonly Dictionary<string, EnumInfo> _enums = new(StringComparer.Ordinal);
    private readonly List<(ulong Address, EnumInfo Info)> _enumTypes = [];

    private readonly Dictionary<string, string> _typeNames = new(StringComparer.Ordinal);
    // ilc's mangled method name without instantiations ("asm_Ns_Type__Method_0") -> the method as a stack trace names it.
    private readonly Dictionary<string, MethodName> _methods = new(StringComparer.Ordinal);

    // ilc names the MethodTables of primitive types by their short names (bool, byte and sbyte by its own: "Bool",
    // "UInt8", "Int8"; boxed, "Boxed_Bool").
    private static readonly Dictionary<string, string> s_primitives = new[]
    {
        "Boolean", "Char", "SByte", "Byte", "Int16", "UInt16", "Int32", "UInt32", "Int64", "UInt64", "IntPtr", "UIntPtr", "Single", "Double",
    }.Select(n => (n, "System." + n))
        .Concat([("Bool", "System.Boolean"), ("UInt8", "System.Byte"), ("Int8", "System.SByte")])
        .ToDictionary(p => p.Item1, p => p.Item2);
    private readonly string _appPrefix;

    private static readonly Dictionary<string, string> s_shortNames = new(StringComparer.Ordinal)
    {
        ["System.Boolean"] = "Bool", ["System.Byte"] = "UInt8", ["System.SByte"] = "Int8", ["System.Int16"] = "Int16",
        ["System.UInt16"] = "UInt16", ["System.Int32"] = "Int32", ["System.UInt32"] = "UInt32", ["System.Int64"] = "Int64",
        ["System.UInt64"] = "UInt64", ["System.Char"] = "Char", ["System.Double"] = "Double", ["System.Single"] = "Single",
        ["System.IntPtr"] = "IntPtr", ["System.UIntPtr"] = "UIntPtr", ["System.Object"] = "Object", ["System.String"] = "String",
    };

    // The core library references no other assembly.
    private static bool IsCoreLibrary(MetadataReader md) => md.AssemblyReferences.Count == 0;

    /// <param name="assemblies">The IL assemblies given to ilc; their type names demangle symbols.</param>
    /// <param name="appAssembly">The app's assembly name: its code is the app's, all else is the runtime's.</param>
    public SymbolTable(IEnumerable<string> assemblies, string appAssembly)
    {
        _appPrefix = Mangle(appAssembly) + "_";
        foreach (string path in assemblies) AddTypes(path);
        _typeNames["Object"] = "System.Object";
        _typeNames["String"] = "System.String";
    }

    /// <summary>ilc's symbol spelling of a name: every character that cannot appear in an identifier becomes '_'.</summary>
    public static string Mangle(string s) => string.Concat(s.Select(c => char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_'));

    private void AddTypes(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        MetadataReader md = pe.GetMetadataReader();
        string asm = Mangle(md.GetString(md.GetAssemblyDefinition().Name));
        foreach (TypeDefinitionHandle h in md.TypeDefinitions)
        {
            string full = FullName(md, h);
            if (full.Length == 0) continue;
            string key = $"{asm}_{Mangle(full)}";
            _typeNames[key] = full;
            if (ReadEnum(md, md.GetTypeDefinition(h)) is { } e) _enums[key] = e;
            // ilc names the core library's primitive types, Object and String by short names.
            if (s_shortNames.TryGetValue(full, out string? shortName) && IsCoreLibrary(md)) key = shortName;
            AddMethods(md, h, key, full.Replace('+', '.'), isApp: asm + "_" == _appPrefix);
        }
    }

    // Methods of public types: the runtime's and libs' API and what implements it, as .NET's stack traces show
    // CoreLib's. The internal types (Kiln's own machinery) stay out of stack traces, and their signatures out of the image.
    private static bool IsApi(MetadataReader md, TypeDefinition type)
    {
        for (TypeDefinition t = type; ; t = md.GetTypeDefinition(t.GetDeclaringType()))
        {
            var visibility = t.Attributes & System.Reflection.TypeAttributes.VisibilityMask;
            if (visibility is not (System.Reflection.TypeAttributes.Public or System.Reflection.TypeAttributes.NestedPublic or
                System.Reflection.TypeAttributes.NestedFamily or System.Reflection.TypeAttributes.NestedFamORAssem))
                return false;
            if (t.GetDeclaringType().IsNil) return true;
        }
    }

    // ilc names a type's methods all at once, in metadata order: the sanitized name, and for the second and later
    // methods of a name "_0", "_1", ... (ILCompiler's NativeAotNameMangler).
    private void AddMethods(MetadataReader md, TypeDefinitionHandle h, string typeKey, string typeDisplay, bool isApp)
    {
        TypeDefinition type = md.GetTypeDefinition(h);
        bool typeHidden = HasStackTraceHidden(md, type.GetCustomAttributes()) || !(isApp || IsApi(md, type));
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (MethodDefinitionHandle mh in type.GetMethods())
        {
            MethodDefinition method = md.GetMethodDefinition(mh);
            string name = md.GetString(method.Name);
            string mangled = SanitizeMethodName(name);
            string unique = mangled;
            for (int i = 0; taken.Contains(unique); i++) unique = $"{mangled}_{i}";
            taken.Add(unique);
            // The guest's own throw helpers (Throw*) are its callers' business, as .NET's ThrowHelper is.
            bool shown = !typeHidden && !HasStackTraceHidden(md, method.GetCustomAttributes()) && (isApp || !name.StartsWith("Throw", StringComparison.Ordinal));
            _methods[$"{typeKey}__{unique}"] = new MethodName($"{typeDisplay}.{name}", shown ? Signature(md, type, method) : null, !shown);
        }
    }

    // ilc's SanitizeName: ASCII letters, digits and '_' stay, anything else becomes '_', a leading digit gets a '_'.
    private static string SanitizeMethodName(string name)
    {
        var sb = new StringBuilder(name.Length + 1);
        if (name.Length > 0 && char.IsAsciiDigit(name[0])) sb.Append('_');
        foreach (char c in name) sb.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        return sb.ToString();
    }

    private static bool HasStackTraceHidden(MetadataReader md, CustomAttributeHandleCollection attributes) =>
        attributes.Any(h => AttributeName(md, md.GetCustomAttribute(h)) == "System.Diagnostics.StackTraceHiddenAttribute");

    // As .NET's StackTrace.ToString writes a frame's method: "[T,U]" for a generic method, then "(Type name, ...)"
    // with each parameter type's Type.Name (Int32, String[], List`1, Int32&).
    private static string Signature(MetadataReader md, TypeDefinition type, MethodDefinition method)
    {
        var provider = new FrameTypeNames(md, type, method);
        MethodSignature<string> sig;
        try
        {
            sig = method.DecodeSignature(provider, null);
        }
        catch (BadImageFormatException)
        {
            return "()";
        }
        var names = new string?[sig.ParameterTypes.Length];
        foreach (ParameterHandle ph in method.GetParameters())
        {
            Parameter p = md.GetParameter(ph);
            if (p.SequenceNumber >= 1 && p.SequenceNumber <= names.Length) names[p.SequenceNumber - 1] = md.GetString(p.Name);
        }
        var sb = new StringBuilder();
        GenericParameterHandleCollection generics = method.GetGenericParameters();
        if (generics.Count > 0)
            sb.Append('[').Append(string.Join(",", generics.Select(g => md.GetString(md.GetGenericParameter(g).Name)))).Append(']');
        sb.Append('(');
        for (int i = 0; i < sig.ParameterTypes.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(sig.ParameterTypes[i]);
            if (!string.IsNullOrEmpty(names[i])) sb.Append(' ').Append(names[i]);
        }
        return sb.Append(')').ToString();
    }

    // Type.Name of a signature's types.
    private sealed class FrameTypeNames(MetadataReader md, TypeDefinition type, MethodDefinition method) : ISignatureTypeProvider<string, object?>
    {
        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
        {
            PrimitiveTypeCode.IntPtr => "IntPtr",
            PrimitiveTypeCode.UIntPtr => "UIntPtr",
            PrimitiveTypeCode.TypedReference => "TypedReference",
            _ => typeCode.ToString(),
        };
        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => md.GetString(md.GetTypeDefinition(handle).Name);
        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => md.GetString(md.GetTypeReference(handle).Name);
        public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            md.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
        public string GetSZArrayType(string elementType) => elementType + "[]";
        public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', shape.Rank - 1) + "]";
        public string GetByReferenceType(string elementType) => elementType + "&";
        public string GetPointerType(string elementType) => elementType + "*";
        public string GetPinnedType(string elementType) => elementType;
        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;
        public string GetGenericInstantiation(string genericType, System.Collections.Immutable.ImmutableArray<string> typeArguments) => genericType;
        public string GetGenericTypeParameter(object? genericContext, int index) => GenericName(type.GetGenericParameters(), index, "T");
        public string GetGenericMethodParameter(object? genericContext, int index) => GenericName(method.GetGenericParameters(), index, "M");
        public string GetFunctionPointerType(MethodSignature<string> signature) => "IntPtr";

        private string GenericName(GenericParameterHandleCollection parameters, int index, string fallback) =>
            index < parameters.Count ? md.GetString(md.GetGenericParameter(parameters[index]).Name) : fallback + index;
    }

    private static EnumInfo? ReadEnum(MetadataReader md, TypeDefinition t)
    {
        if (t.BaseType.IsNil) return null;
        string? baseName = t.BaseType.Kind switch
        {
            HandleKind.TypeReference => $"{md.GetString(md.GetTypeReference((TypeReferenceHandle)t.BaseType).Namespace)}.{md.GetString(md.GetTypeReference((TypeReferenceHandle)t.BaseType).Name)}",
            HandleKind.TypeDefinition => $"{md.GetString(md.GetTypeDefinition((TypeDefinitionHandle)t.BaseType).Namespace)}.{md.GetString(md.GetTypeDefinition((TypeDefinitionHandle)t.BaseType).Name)}",
            _ => null,
        };
        if (baseName != "System.Enum") return null;
        var fields = new List<(ulong, string)>();
        foreach (FieldDefinitionHandle fh in t.GetFields())
        {
            FieldDefinition f = md.GetFieldDefinition(fh);
            if ((f.Attributes & System.Reflection.FieldAttributes.Literal) == 0) continue;
            Constant c = md.GetConstant(f.GetDefaultValue());
            BlobReader b = md.GetBlobReader(c.Value);
            ulong value = c.TypeCode switch
            {
                ConstantTypeCode.Boolean or ConstantTypeCode.Byte or ConstantTypeCode.SByte => b.ReadByte(),
                ConstantTypeCode.Char or ConstantTypeCode.Int16 or ConstantTypeCode.UInt16 => b.ReadUInt16(),
                ConstantTypeCode.Int32 or ConstantTypeCode.UInt32 => b.ReadUInt32(),
                _ => b.ReadUInt64(),
            };
            fields.Add((value, md.GetString(f.Name)));
        }
        bool flags = t.GetCustomAttributes().Select(md.GetCustomAttribute).Any(a => AttributeName(md, a) == "System.FlagsAttribute");
        // Stable: among equal values the first declared comes first.
        return new EnumInfo(flags, fields.OrderBy(f => f.Item1).ToList());
    }

    private static string? AttributeName(MetadataReader md, CustomAttribute a)
    {
        EntityHandle type = a.Constructor.Kind switch
        {
            HandleKind.MemberReference => md.GetMemberReference((MemberReferenceHandle)a.Constructor).Parent,
            HandleKind.MethodDefinition => md.GetMethodDefinition((MethodDefinitionHandle)a.Constructor).GetDeclaringType(),
            _ => default,
        };
        return type.Kind switch
        {
            HandleKind.TypeReference => $"{md.GetString(md.GetTypeReference((TypeReferenceHandle)type).Namespace)}.{md.GetString(md.GetTypeReference((TypeReferenceHandle)type).Name)}",
            HandleKind.TypeDefinition => $"{md.GetString(md.GetTypeDefinition((TypeDefinitionHandle)type).Namespace)}.{md.GetString(md.GetTypeDefinition((TypeDefinitionHandle)type).Name)}",
            _ => null,
        };
    }

    private static string FullName(MetadataReader md, TypeDefinitionHandle h)
    {
        TypeDefinition t = md.GetTypeDefinition(h);
        string name = md.GetString(t.Name);
        if (name == "<Module>") return "";
        TypeDefinitionHandle outer = t.GetDeclaringType();
        if (!outer.IsNil) return FullName(md, outer) + "+" + name;
        string ns = md.GetString(t.Namespace);
        return ns.Length == 0 ? name : $"{ns}.{name}";
    }

    /// <summary>Turns `nm -n --defined-only` output into the symbols worth naming at run time.</summary>
    public IReadOnlyList<Symbol> FromNm(string nmOutput)
    {
        var result = new List<Symbol>();
        _enumTypes.Clear();
        foreach (string line in nmOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string[] parts = line.Split(' ', 3);
            if (parts.Length != 3 || !ulong.TryParse(parts[0], System.Globalization.NumberStyles.HexNumber, null, out ulong address)) continue;
            char kind = parts[1][0];
            string name = parts[2];
            if (kind is 'T' or 't')
            {
                if (name.StartsWith("_lsda") || name.StartsWith(".L")) continue;
                uint flags = name.StartsWith(_appPrefix, StringComparison.Ordinal) ? 0 : FlagRuntime;
                if (_methods.TryGetValue(WithoutInstantiations(name), out MethodName? method))
                    result.Add(new Symbol(address, method.Name, flags | (method.Hidden ? FlagHidden : FlagSignature), method.Signature));
                else
                    result.Add(new Symbol(address, PrettyFunction(name), flags | FlagHidden));
            }
            else if ((kind is 'D' or 'd' or 'R' or 'r') && name.StartsWith("_ZTV"))
            {
                string mangled = StripLengthPrefix(name[4..]);
                result.Add(new Symbol(address, PrettyType(mangled), FlagType));
                if (_enums.TryGetValue(mangled.StartsWith("Boxed_") ? mangled[6..] : mangled, out EnumInfo? e)) _enumTypes.Add((address, e));
            }
        }
        result.Sort((a, b) => a.Address.CompareTo(b.Address));
        return result;
    }

    // ilc writes instantiations (of a type or of a generic method) and prefixes (<unbox>) between '<' and '>',
    // characters no sanitized name holds.
    private static string WithoutInstantiations(string mangled)
    {
        if (!mangled.Contains('<')) return mangled;
        var sb = new StringBuilder(mangled.Length);
        int depth = 0;
        foreach (char c in mangled)
        {
            if (c == '<') depth++;
            else if (c == '>') depth--;
            else if (depth == 0) sb.Append(c);
        }
        return sb.ToString();
    }

    private static string StripLengthPrefix(string s)
    {
        int i = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        return s[i..];
    }

    public string PrettyType(string mangled)
    {
        if (_typeNames.TryGetValue(mangled, out string? full)) return full;
        if (mangled.StartsWith("__Array<") && mangled.EndsWith('>')) return PrettyType(mangled[8..^1]) + "[]";
        if (s_primitives.TryGetValue(mangled, out full)) return full;
        if (mangled.StartsWith("Boxed_") && _typeNames.TryGetValue(mangled[6..], out full)) return full;
        if (mangled.StartsWith("Boxed_") && s_primitives.TryGetValue(mangled[6..], out full)) return full;
        if (mangled.StartsWith("Boxed_")) return "System." + mangled[6..];
        int lt = mangled.IndexOf('<');
        if (lt > 0 && mangled.EndsWith('>') && _typeNames.TryGetValue(mangled[..lt], out full))
            return full + "[" + string.Join(",", GenericArguments(mangled[(lt + 1)..^1]).Select(PrettyType)) + "]";
        if (lt > 0 && _typeNames.TryGetValue(mangled[..lt], out full)) return full + mangled[lt..];
        return mangled;
    }

    // ilc separates type arguments with "__", which also occurs inside names: cut at the top-level ones, then join
    // neighbours back while the joined text is a type name and the piece alone is not.
    private List<string> GenericArguments(string list)
    {
        var pieces = new List<string>();
        int depth = 0, start = 0;
        for (int i = 0; i < list.Length; i++)
        {
            if (list[i] == '<') depth++;
            else if (list[i] == '>') depth--;
            else if (depth == 0 && i + 1 < list.Length && list[i] == '_' && list[i + 1] == '_' && (i + 2 >= list.Length || list[i + 2] != '_'))
            {
                pieces.Add(list[start..i]);
                start = i + 2;
                i++;
            }
        }
        pieces.Add(list[start..]);
        var args = new List<string>();
        foreach (string p in pieces)
        {
            if (args.Count > 0 && !IsKnownType(args[^1])) args[^1] += "__" + p;
            else args.Add(p);
        }
        return args;
    }

    private bool IsKnownType(string mangled)
    {
        int lt = mangled.IndexOf('<');
        string head = lt > 0 ? mangled[..lt] : mangled;
        if (mangled.StartsWith("__Array<")) return true;
        return _typeNames.ContainsKey(head) || s_primitives.ContainsKey(head) || head == "System___Canon";
    }

    public string PrettyFunction(string mangled)
    {
        // Longest known type prefix followed by optional <generic args> and "__", then the method name.
        int best = -1;
        string? type = null;
        for (int end = mangled.IndexOf("__", StringComparison.Ordinal); end > 0; end = mangled.IndexOf("__", end + 1, StringComparison.Ordinal))
        {
            string head = mangled[..end];
            int lt = head.IndexOf('<');
            string key = lt > 0 ? head[..lt] : head;
            if (_typeNames.TryGetValue(key, out string? full) && end > best)
            {
                best = end;
                type = lt > 0 ? full + head[lt..] : full;
            }
        }
        return type is null ? mangled : $"{type}.{mangled[(best + 2)..]}";
    }

    /// <summary>
    /// Serializes the table: header, 16-byte entries sorted by address, then NUL-terminated UTF-8 names; with
    /// <paramref name="withEnums"/>, then the enum names of the types the last <see cref="FromNm"/> saw (docs/image.md).
    /// </summary>
    public byte[] Serialize(IReadOnlyList<Symbol> symbols, bool withEnums)
    {
        byte[] table = Serialize(symbols);
        if (!withEnums || _enumTypes.Count == 0) return table;
        int offset = (table.Length + 7) & ~7;
        var ms = new MemoryStream();
        ms.Write(table);
        ms.Write(new byte[offset - table.Length]);
        ms.Write(SerializeEnums());
        byte[] all = ms.ToArray();
        BitConverter.TryWriteBytes(all.AsSpan(12, 4), (uint)offset);
        return all;
    }

    // Count and padding, 24-byte records sorted by MethodTable address (address, value count, is-flags, offset of
    // the values, 0), the values (16 bytes each: value, offset of the name, 0), then NUL-terminated UTF-8 names;
    // offsets count from the start of this part.
    private byte[] SerializeEnums()
    {
        var types = _enumTypes.DistinctBy(e => e.Address).OrderBy(e => e.Address).ToList();
        int valuesStart = 8 + 24 * types.Count;
        int namesStart = valuesStart + 16 * types.Sum(t => t.Info.Fields.Count);
        var names = new MemoryStream();
        var ms = new MemoryStream();
        var w = new BinaryWriter(ms);
        w.Write((uint)types.Count);
        w.Write(0u);
        int valueAt = valuesStart;
        foreach (var (address, info) in types)
        {
            w.Write(address);
            w.Write((uint)info.Fields.Count);
            w.Write(info.IsFlags ? 1u : 0u);
            w.Write((uint)valueAt);
            w.Write(0u);
            valueAt += 16 * info.Fields.Count;
        }
        foreach (var (_, info) in types)
            foreach (var (value, name) in info.Fields)
            {
                w.Write(value);
                w.Write((uint)(namesStart + names.Length));
                w.Write(0u);
                names.Write(Encoding.UTF8.GetBytes(name));
                names.WriteByte(0);
            }
        w.Write(names.ToArray());
        return ms.ToArray();
    }

    /// <summary>
    /// Serializes the table: header, 16-byte entries sorted by address, then NUL-terminated UTF-8 names, each followed
    /// by its NUL-terminated signature where the flags say it has one.
    /// </summary>
    public static byte[] Serialize(IReadOnlyList<Symbol> symbols)
    {
        var strings = new MemoryStream();
        var offsets = new uint[symbols.Count];
        for (int i = 0; i < symbols.Count; i++)
        {
            offsets[i] = (uint)strings.Length;
            strings.Write(Encoding.UTF8.GetBytes(symbols[i].Name));
            strings.WriteByte(0);
            if ((symbols[i].Flags & FlagSignature) == 0) continue;
            strings.Write(Encoding.UTF8.GetBytes(symbols[i].Signature ?? "()"));
            strings.WriteByte(0);
        }
        var ms = new MemoryStream();
        var w = new BinaryWriter(ms);
        w.Write(Magic);
        w.Write((uint)symbols.Count);
        w.Write((uint)(16 + 16 * symbols.Count));
        w.Write(0u);
        for (int i = 0; i < symbols.Count; i++)
        {
            w.Write(symbols[i].Address);
            w.Write(offsets[i]);
            w.Write(symbols[i].Flags);
        }
        w.Write(strings.ToArray());
        return ms.ToArray();
    }
}

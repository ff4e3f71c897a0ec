using System.Collections.Immutable;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Kiln.Project;

namespace Kiln.Build;

/// <summary>
/// Build-time truth (docs/runtime.md, "Coverage"): when an app does not compile against Kiln's runtime, kiln compiles
/// the same sources against .NET's reference assemblies. If that succeeds, every framework type or member the IL uses
/// that Kiln's assemblies do not define is a use of something Kiln lacks, and its place comes from the PDB's sequence
/// points: one line per use, instead of the compiler's errors, which name only what failed to bind first.
/// </summary>
public static class Coverage
{
    public sealed record Use(string File, int Line, string Api);

    /// <summary>The uses of missing APIs, or null when the sources do not compile on .NET either (real errors).</summary>
    public static IReadOnlyList<Use>? FindUnsupported(App app, string buildDir, string kilnIlDir, string appAssembly)
    {
        if (CompileOnDotnet(app, buildDir, appAssembly) is not { } built) return null;
        var (dll, pdb) = built;
        var kiln = new KilnSurface(Directory.GetFiles(kilnIlDir, "*.dll").Where(f => Path.GetFileNameWithoutExtension(f) != appAssembly));
        return Scan(dll, pdb, Path.GetFullPath(app.Dir), (md, opcode, token) => Missing(md, token, kiln));
    }

    /// <summary>
    /// Where the app calls a generic virtual method (a virtual or interface method with type parameters of its own)
    /// through dispatch: ilc compiles those into a run-time lookup that Kiln's runtime does not have. Null when the
    /// sources do not compile on .NET.
    /// </summary>
    public static IReadOnlyList<Use>? FindGenericVirtualCalls(App app, string buildDir, string appAssembly)
    {
        if (CompileOnDotnet(app, buildDir, appAssembly) is not { } built) return null;
        var (dll, pdb) = built;
        return Scan(dll, pdb, Path.GetFullPath(app.Dir), GenericVirtualCall);
    }

    // The app's own sources compiled against .NET's reference assemblies, with a portable PDB for the lines.
    private static (string Dll, string Pdb)? CompileOnDotnet(App app, string buildDir, string appAssembly)
    {
        string dir = Path.Combine(buildDir, "netref");
        Directory.CreateDirectory(dir);
        string appDir = Path.GetFullPath(app.Dir);
        // The app's own sources only: its project imports Kiln's props, which replace the framework.
        File.WriteAllText(Path.Combine(dir, "netref.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><AssemblyName>{appAssembly}</AssemblyName>
                <ImplicitUsings>disable</ImplicitUsings><Nullable>disable</Nullable><AllowUnsafeBlocks>true</AllowUnsafeBlocks>
                <EnableDefaultCompileItems>false</EnableDefaultCompileItems><DebugType>portable</DebugType>
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors><NoWarn>$(NoWarn);CS8500</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <Compile Include="{ImageBuilder.MsBuildEscape(appDir)}/**/*.cs" Exclude="{ImageBuilder.MsBuildEscape(appDir)}/obj/**;{ImageBuilder.MsBuildEscape(appDir)}/bin/**;{ImageBuilder.MsBuildEscape(appDir)}/.kiln/**" />
              </ItemGroup>
            </Project>
            """);
        string outDir = Path.Combine(dir, "out");
        var r = Tools.Run(Tools.Dotnet, ["build", "netref.csproj", "-c", "Release", "-nologo", "-v:q", "-clp:NoSummary", $"-p:OutputPath={ImageBuilder.MsBuildEscape(outDir)}/"], dir);
        string dll = Path.Combine(outDir, appAssembly + ".dll"), pdb = Path.Combine(outDir, appAssembly + ".pdb");
        return r.ExitCode != 0 || !File.Exists(dll) || !File.Exists(pdb) ? null : (dll, pdb);
    }

    // What Kiln's assemblies define: types by full name (nested as Outer+Inner), and per type its members' names with
    // the parameter counts of each.
    private sealed class KilnSurface
    {
        public readonly Dictionary<string, Dictionary<string, HashSet<int>>> Types = new(StringComparer.Ordinal);

        public KilnSurface(IEnumerable<string> assemblies)
        {
            foreach (string path in assemblies)
            {
                using var pe = new PEReader(File.OpenRead(path));
                if (!pe.HasMetadata) continue;
                MetadataReader md = pe.GetMetadataReader();
                foreach (TypeDefinitionHandle h in md.TypeDefinitions)
                {
                    TypeDefinition t = md.GetTypeDefinition(h);
                    var members = Types.TryGetValue(DefName(md, h), out var m) ? m : Types[DefName(md, h)] = new(StringComparer.Ordinal);
                    foreach (MethodDefinitionHandle mh in t.GetMethods())
                    {
                        MethodDefinition method = md.GetMethodDefinition(mh);
                        Add(members, md.GetString(method.Name), ParameterCount(md.GetBlobReader(method.Signature)));
                    }
                    foreach (FieldDefinitionHandle fh in t.GetFields()) Add(members, md.GetString(md.GetFieldDefinition(fh).Name), -1);
                }
            }
        }

        private static void Add(Dictionary<string, HashSet<int>> members, string name, int count)
        {
            if (!members.TryGetValue(name, out var counts)) members[name] = counts = [];
            counts.Add(count);
        }
    }

    private static string DefName(MetadataReader md, TypeDefinitionHandle h)
    {
        TypeDefinition t = md.GetTypeDefinition(h);
        TypeDefinitionHandle outer = t.GetDeclaringType();
        if (!outer.IsNil) return DefName(md, outer) + "+" + md.GetString(t.Name);
        string ns = md.GetString(t.Namespace);
        return ns.Length == 0 ? md.GetString(t.Name) : $"{ns}.{md.GetString(t.Name)}";
    }

    // A framework type's full name, or null for the app's own types.
    private static string? RefName(MetadataReader md, EntityHandle h)
    {
        switch (h.Kind)
        {
            case HandleKind.TypeReference:
                TypeReference t = md.GetTypeReference((TypeReferenceHandle)h);
                if (t.ResolutionScope.Kind == HandleKind.TypeReference)
                    return RefName(md, (TypeReferenceHandle)t.ResolutionScope) is { } outer ? outer + "+" + md.GetString(t.Name) : null;
                if (t.ResolutionScope.Kind != HandleKind.AssemblyReference) return null;
                string ns = md.GetString(t.Namespace);
                return ns.Length == 0 ? md.GetString(t.Name) : $"{ns}.{md.GetString(t.Name)}";
            case HandleKind.TypeSpecification:
                // A generic instantiation: the generic type's name.
                BlobReader b = md.GetBlobReader(md.GetTypeSpecification((TypeSpecificationHandle)h).Signature);
                if (b.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance) return null;
                b.ReadSignatureTypeCode();
                return RefName(md, b.ReadTypeHandle());
            default:
                return null;
        }
    }

    private static int ParameterCount(BlobReader b)
    {
        SignatureHeader header = b.ReadSignatureHeader();
        if (header.Kind is not (SignatureKind.Method or SignatureKind.Property)) return -1;
        if (header.IsGeneric) b.ReadCompressedInteger();
        return b.ReadCompressedInteger();
    }

    private static readonly Dictionary<ushort, OperandType> s_operands = typeof(OpCodes).GetFields()
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => (ushort)o.Value, o => o.OperandType);

    // Each token an IL instruction names that `find` turns into an API name, with the line it was written on.
    private static IReadOnlyList<Use> Scan(string dll, string pdb, string appDir, Func<MetadataReader, ushort, EntityHandle, string?> find)
    {
        using var pe = new PEReader(File.OpenRead(dll));
        MetadataReader md = pe.GetMetadataReader();
        using var pdbProvider = MetadataReaderProvider.FromPortablePdbStream(File.OpenRead(pdb));
        MetadataReader pdbMd = pdbProvider.GetMetadataReader();
        var uses = new List<Use>();
        var seen = new HashSet<(string, int, string)>();
        List<SequencePoint> PointsOf(MethodDefinitionHandle mh) =>
            pdbMd.GetMethodDebugInformation(mh).GetSequencePoints().Where(p => !p.IsHidden && !p.Document.IsNil).ToList();
        foreach (MethodDefinitionHandle mh in md.MethodDefinitions)
        {
            MethodDefinition method = md.GetMethodDefinition(mh);
            if (method.RelativeVirtualAddress == 0) continue;
            // Code the compiler wrote (a record's PrintMembers, an auto-property's accessor) has no lines of its own,
            // and it calls optional helpers only where the core library has them (EnsureSufficientExecutionStack):
            // not a use of the app's.
            var points = PointsOf(mh);
            if (points.Count == 0) continue;
            ImmutableArray<byte> il = pe.GetMethodBody(method.RelativeVirtualAddress).GetILContent();
            foreach (var (offset, opcode, token) in Tokens(il))
            {
                string? api = find(md, opcode, MetadataTokens.EntityHandle(token));
                if (api is null) continue;
                SequencePoint at = points.LastOrDefault(p => p.Offset <= offset, points[0]);
                string file = pdbMd.GetString(pdbMd.GetDocument(at.Document).Name);
                file = Path.GetRelativePath(appDir, file) is { } rel && !rel.StartsWith("..") ? rel : file;
                int line = at.StartLine;
                if (seen.Add((file, line, api))) uses.Add(new Use(file, line, api));
            }
        }
        return uses.OrderBy(u => u.File, StringComparer.Ordinal).ThenBy(u => u.Line).ToList();
    }

    // The metadata tokens an IL body names, with their offsets and instructions.
    private static IEnumerable<(int Offset, ushort Opcode, int Token)> Tokens(ImmutableArray<byte> il)
    {
        int i = 0;
        while (i < il.Length)
        {
            int start = i;
            ushort code = il[i++];
            if (code == 0xFE) code = (ushort)(0xFE00 | il[i++]);
            OperandType operand = s_operands.TryGetValue(code, out var o) ? o : OperandType.InlineNone;
            switch (operand)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    yield return (start, code, BitConverter.ToInt32(il.AsSpan(i, 4)));
                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + 4 * BitConverter.ToInt32(il.AsSpan(i, 4));
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineBrTarget or OperandType.InlineI or OperandType.InlineSig or OperandType.InlineString or OperandType.ShortInlineR:
                    i += 4;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
            }
        }
    }

    private const ushort Callvirt = 0x6F, Ldvirtftn = 0xFE07;

    // A callvirt or ldvirtftn of an instantiated generic method of the app's that is virtual (interface methods are).
    private static string? GenericVirtualCall(MetadataReader md, ushort opcode, EntityHandle h)
    {
        if (opcode is not (Callvirt or Ldvirtftn) || h.Kind != HandleKind.MethodSpecification) return null;
        EntityHandle method = md.GetMethodSpecification((MethodSpecificationHandle)h).Method;
        MethodDefinitionHandle defHandle = default;
        if (method.Kind == HandleKind.MethodDefinition) defHandle = (MethodDefinitionHandle)method;
        else if (method.Kind == HandleKind.MemberReference)
        {
            // A method of one of the app's generic types, named through its instantiation.
            MemberReference m = md.GetMemberReference((MemberReferenceHandle)method);
            if (m.Parent.Kind != HandleKind.TypeSpecification || GenericTypeOf(md, (TypeSpecificationHandle)m.Parent) is not { } type) return null;
            foreach (MethodDefinitionHandle candidate in md.GetTypeDefinition(type).GetMethods())
            {
                MethodDefinition d = md.GetMethodDefinition(candidate);
                if (md.StringComparer.Equals(d.Name, md.GetString(m.Name)) && d.GetGenericParameters().Count > 0) { defHandle = candidate; break; }
            }
        }
        if (defHandle.IsNil) return null;
        MethodDefinition def = md.GetMethodDefinition(defHandle);
        if ((def.Attributes & System.Reflection.MethodAttributes.Virtual) == 0 || (def.Attributes & System.Reflection.MethodAttributes.Final) != 0) return null;
        TypeDefinition owner = md.GetTypeDefinition(def.GetDeclaringType());
        if ((owner.Attributes & System.Reflection.TypeAttributes.Sealed) != 0 && (owner.Attributes & System.Reflection.TypeAttributes.Interface) == 0) return null;
        string generics = string.Join(",", def.GetGenericParameters().Select(g => md.GetString(md.GetGenericParameter(g).Name)));
        return $"generic virtual method {Display(DefName(md, def.GetDeclaringType()))}.{md.GetString(def.Name)}<{generics}>";
    }

    // The app's generic type definition an instantiation names, if it is the app's.
    private static TypeDefinitionHandle? GenericTypeOf(MetadataReader md, TypeSpecificationHandle spec)
    {
        BlobReader b = md.GetBlobReader(md.GetTypeSpecification(spec).Signature);
        if (b.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance) return null;
        b.ReadSignatureTypeCode();
        EntityHandle t = b.ReadTypeHandle();
        return t.Kind == HandleKind.TypeDefinition ? (TypeDefinitionHandle)t : null;
    }

    // How a use reads in the report: a type by its name, a method as Type.Method(...), a property or field by name.
    private static string? Missing(MetadataReader md, EntityHandle h, KilnSurface kiln)
    {
        if (h.Kind == HandleKind.MethodSpecification) h = md.GetMethodSpecification((MethodSpecificationHandle)h).Method;
        if (h.Kind is HandleKind.TypeReference or HandleKind.TypeSpecification)
            return RefName(md, h) is { } type && !kiln.Types.ContainsKey(type) ? Display(type) : null;
        if (h.Kind != HandleKind.MemberReference) return null;
        MemberReference m = md.GetMemberReference((MemberReferenceHandle)h);
        if (RefName(md, m.Parent) is not { } owner) return null;
        string name = md.GetString(m.Name);
        // A type Kiln lacks altogether is named by the member used, except where the use is constructing one.
        if (!kiln.Types.TryGetValue(owner, out var members)) return name == ".ctor" ? Display(owner) : Member(owner, name, m.GetKind());
        int count = m.GetKind() == MemberReferenceKind.Method ? ParameterCount(md.GetBlobReader(m.Signature)) : -1;
        if (members.TryGetValue(name, out var counts) && (count < 0 || counts.Contains(count))) return null;
        return Member(owner, name, m.GetKind());
    }

    private static string Member(string owner, string name, MemberReferenceKind kind)
    {
        if (kind == MemberReferenceKind.Field) return $"{Display(owner)}.{name}";
        if (name == ".ctor") return $"new {Display(owner)}(...)";
        if (name.StartsWith("get_") || name.StartsWith("set_")) return $"{Display(owner)}.{name[4..]}";
        if (name.StartsWith("add_") || name.StartsWith("remove_")) return $"{Display(owner)}.{name[(name.IndexOf('_') + 1)..]}";
        return $"{Display(owner)}.{name}(...)";
    }

    // List`1 reads List<T> in C#; the report names the type as a user wrote it, without the arity.
    private static string Display(string type) =>
        System.Text.RegularExpressions.Regex.Replace(type, @"`\d+", "").Replace('+', '.');
}

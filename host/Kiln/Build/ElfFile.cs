using System.Buffers.Binary;
using System.Text;

namespace Kiln.Build;

/// <summary>
/// An ELF64 little-endian file read whole (System V gABI): its header, section headers and program headers. Every
/// offset and count comes from the file, so each is checked: a truncated or damaged file is a KilnException naming it.
/// </summary>
public sealed class ElfFile
{
    public const ushort ET_EXEC = 2;
    public const ushort EM_X86_64 = 62;

    public const uint SHT_PROGBITS = 1;
    public const uint SHT_NOBITS = 8;
    public const ulong SHF_ALLOC = 0x2;

    public const uint PT_LOAD = 1;
    public const uint PT_NOTE = 4;
    public const uint PT_TLS = 7;
    public const uint PT_GNU_STACK = 0x6474E551;

    private const int HeaderSize = 64, SectionHeaderSize = 64, ProgramHeaderSize = 56;
    private const byte ELFCLASS64 = 2, ELFDATA2LSB = 1;

    public sealed record Header(ushort Type, ushort Machine, ulong Entry);

    public sealed record Section(string Name, uint Type, ulong Flags, ulong Address, ulong Offset, ulong Size)
    {
        /// <summary>Bytes that are in the file and loaded: SHF_ALLOC and not SHT_NOBITS.</summary>
        public bool IsLoadedData => (Flags & SHF_ALLOC) != 0 && Type != SHT_NOBITS;
    }

    public sealed record Segment(uint Type, uint Flags, ulong Offset, ulong VirtualAddress, ulong PhysicalAddress, ulong FileSize, ulong MemorySize, ulong Align);

    private readonly byte[] _bytes;

    public string Path { get; }
    public Header FileHeader { get; }
    public IReadOnlyList<Section> Sections { get; }
    public IReadOnlyList<Segment> Segments { get; }

    private ElfFile(string path, byte[] bytes)
    {
        Path = path;
        _bytes = bytes;
        ReadOnlySpan<byte> h = bytes;
        if (h.Length < HeaderSize || !h.StartsWith("\u007FELF"u8) || h[4] != ELFCLASS64 || h[5] != ELFDATA2LSB)
            throw new KilnException($"'{path}' is not an ELF64 image", "pass an image built by kiln, or an app directory");
        FileHeader = new Header(U16(h, 0x10), U16(h, 0x12), U64(h, 0x18));
        Sections = ReadSections(U64(h, 0x28), U16(h, 0x3A), U16(h, 0x3C), U16(h, 0x3E));
        Segments = ReadSegments(U64(h, 0x20), U16(h, 0x36), U16(h, 0x38));
    }

    public static ElfFile Read(string path) => new(path, File.ReadAllBytes(path));

    /// <summary>The bytes of the named section, or null when the file has none of that name.</summary>
    public byte[]? ReadSection(string name) =>
        Sections.FirstOrDefault(s => s.Name == name) is { } s ? Bytes(s.Offset, s.Type == SHT_NOBITS ? 0 : s.Size, "section headers").ToArray() : null;

    private List<Section> ReadSections(ulong offset, int entrySize, int count, int namesIndex)
    {
        if (count == 0) return [];
        if (entrySize < SectionHeaderSize || namesIndex >= count) throw Damaged("section headers");
        ReadOnlySpan<byte> table = Bytes(offset, (ulong)entrySize * (ulong)count, "section headers");
        // Index 0 (SHN_UNDEF) says that the sections have no names.
        ReadOnlySpan<byte> names = namesIndex == 0 ? [] : Bytes(U64(table, namesIndex * entrySize + 24), U64(table, namesIndex * entrySize + 32), "section headers");
        var sections = new List<Section>(count);
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> e = table.Slice(i * entrySize, SectionHeaderSize);
            var section = new Section(Name(names, U32(e, 0)), U32(e, 4), U64(e, 8), U64(e, 16), U64(e, 24), U64(e, 32));
            if (section.Type != SHT_NOBITS) Bytes(section.Offset, section.Size, "section headers");
            sections.Add(section);
        }
        return sections;
    }

    private List<Segment> ReadSegments(ulong offset, int entrySize, int count)
    {
        if (count == 0) return [];
        if (entrySize < ProgramHeaderSize) throw Damaged("program headers");
        ReadOnlySpan<byte> table = Bytes(offset, (ulong)entrySize * (ulong)count, "program headers");
        var segments = new List<Segment>(count);
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<byte> e = table.Slice(i * entrySize, ProgramHeaderSize);
            var segment = new Segment(U32(e, 0), U32(e, 4), U64(e, 8), U64(e, 16), U64(e, 24), U64(e, 32), U64(e, 40), U64(e, 48));
            Bytes(segment.Offset, segment.FileSize, "program headers");
            segments.Add(segment);
        }
        return segments;
    }

    private string Name(ReadOnlySpan<byte> names, uint offset)
    {
        if (names.IsEmpty) return "";
        int end = offset < (uint)names.Length ? names[(int)offset..].IndexOf((byte)0) : -1;
        return end >= 0 ? Encoding.ASCII.GetString(names.Slice((int)offset, end)) : throw Damaged("section headers");
    }

    private ReadOnlySpan<byte> Bytes(ulong offset, ulong length, string what) =>
        offset <= (ulong)_bytes.Length && length <= (ulong)_bytes.Length - offset ? _bytes.AsSpan((int)offset, (int)length) : throw Damaged(what);

    private KilnException Damaged(string what) =>
        new($"'{Path}' is truncated or damaged: its {what} point past its {_bytes.Length:N0} bytes", "rebuild the image with `kiln build`");

    private static ushort U16(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt16LittleEndian(b[at..]);
    private static uint U32(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt32LittleEndian(b[at..]);
    private static ulong U64(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt64LittleEndian(b[at..]);
}

using System.Runtime.InteropServices;
using System.Text;
using Kiln.Abi;

namespace Kiln.Build;

/// <summary>
/// An ELF64 little-endian file read whole (System V gABI): its header, section headers and program headers, laid out
/// by guest/abi/Elf.cs, which the guest reads the same way. Every offset and count comes from the file, so each is
/// checked: a truncated or damaged file is a KilnException naming it.
/// </summary>
public sealed class ElfFile
{
    private static readonly int HeaderSize = Marshal.SizeOf<ElfHeader>(), SectionHeaderSize = Marshal.SizeOf<ElfSectionHeader>(),
        ProgramHeaderSize = Marshal.SizeOf<ElfProgramHeader>();

    public sealed record Header(ushort Type, ushort Machine, ulong Entry);

    public sealed record Section(string Name, uint Type, ulong Flags, ulong Address, ulong Offset, ulong Size)
    {
        /// <summary>Bytes that are in the file and loaded: SHF_ALLOC and not SHT_NOBITS.</summary>
        public bool IsLoadedData => (Flags & Elf.SectionFlagAlloc) != 0 && Type != Elf.SectionNobits;
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
        if (bytes.Length < HeaderSize || MemoryMarshal.Read<ElfHeader>(bytes) is not { Magic: Elf.Magic, Class: Elf.Class64, Data: Elf.Data2Lsb } h)
            throw new KilnException($"'{path}' is not an ELF64 image", "pass an image built by kiln, or an app directory");
        FileHeader = new Header(h.Type, h.Machine, h.Entry);
        Sections = ReadSections(h.SectionHeaderOffset, h.SectionHeaderSize, h.SectionHeaderCount, h.SectionNamesIndex);
        Segments = ReadSegments(h.ProgramHeaderOffset, h.ProgramHeaderSize, h.ProgramHeaderCount);
    }

    public static ElfFile Read(string path) => new(path, File.ReadAllBytes(path));

    /// <summary>The bytes of the named section, or null when the file has none of that name.</summary>
    public byte[]? ReadSection(string name) =>
        Sections.FirstOrDefault(s => s.Name == name) is { } s ? Bytes(s.Offset, s.Type == Elf.SectionNobits ? 0 : s.Size, "section headers").ToArray() : null;

    private List<Section> ReadSections(ulong offset, int entrySize, int count, int namesIndex)
    {
        if (count == 0) return [];
        if (entrySize < SectionHeaderSize || namesIndex >= count) throw Damaged("section headers");
        ReadOnlySpan<byte> table = Bytes(offset, (ulong)entrySize * (ulong)count, "section headers");
        // Index 0 (SHN_UNDEF) says that the sections have no names.
        ReadOnlySpan<byte> names = [];
        if (namesIndex != Elf.SectionUndefined)
        {
            var strtab = MemoryMarshal.Read<ElfSectionHeader>(table[(namesIndex * entrySize)..]);
            names = Bytes(strtab.Offset, strtab.Size, "section headers");
        }
        var sections = new List<Section>(count);
        for (int i = 0; i < count; i++)
        {
            var e = MemoryMarshal.Read<ElfSectionHeader>(table.Slice(i * entrySize, SectionHeaderSize));
            var section = new Section(Name(names, e.Name), e.Type, e.Flags, e.Address, e.Offset, e.Size);
            if (section.Type != Elf.SectionNobits) Bytes(section.Offset, section.Size, "section headers");
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
            var e = MemoryMarshal.Read<ElfProgramHeader>(table.Slice(i * entrySize, ProgramHeaderSize));
            var segment = new Segment(e.Type, e.Flags, e.Offset, e.VirtualAddress, e.PhysicalAddress, e.FileSize, e.MemorySize, e.Align);
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
}

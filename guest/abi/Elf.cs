namespace Kiln.Abi
{
    // ELF64, little-endian (System V gABI, and the x86_64 psABI for the machine number): the structures and numbers
    // that both the host (reading images) and the guest (linuxu reading the vDSO; the Linux personality loading
    // programs) need. Compiled into both; structures are read in place (guest) or with MemoryMarshal (host).
    internal static class Elf
    {
        public const uint Magic = 0x464C457F;   // "\x7fELF" read as a little-endian word
        public const byte Class64 = 2, Data2Lsb = 1;
        public const ushort TypeExec = 2, TypeDyn = 3;
        public const ushort MachineX86_64 = 62;

        public const uint SectionProgbits = 1, SectionSymtab = 2, SectionStrtab = 3, SectionNobits = 8, SectionDynsym = 11;
        public const ulong SectionFlagAlloc = 0x2;
        public const ushort SectionUndefined = 0;

        public const uint SegmentLoad = 1, SegmentDynamic = 2, SegmentInterp = 3, SegmentNote = 4, SegmentPhdr = 6, SegmentTls = 7;
        public const uint SegmentGnuStack = 0x6474E551;
        public const uint SegmentFlagExecute = 1, SegmentFlagWrite = 2, SegmentFlagRead = 4;
    }

    internal struct ElfHeader
    {
        public uint Magic;
        public byte Class, Data, IdentVersion, OsAbi;
        public ulong IdentPadding;
        public ushort Type, Machine;
        public uint Version;
        public ulong Entry, ProgramHeaderOffset, SectionHeaderOffset;
        public uint Flags;
        public ushort HeaderSize, ProgramHeaderSize, ProgramHeaderCount, SectionHeaderSize, SectionHeaderCount, SectionNamesIndex;
    }

    internal struct ElfProgramHeader
    {
        public uint Type, Flags;
        public ulong Offset, VirtualAddress, PhysicalAddress, FileSize, MemorySize, Align;
    }

    internal struct ElfSectionHeader
    {
        public uint Name, Type;
        public ulong Flags, Address, Offset, Size;
        public uint Link, Info;
        public ulong AddressAlign, EntrySize;
    }

    internal struct ElfSymbol
    {
        public uint Name;
        public byte Info, Other;
        public ushort SectionIndex;
        public ulong Value, Size;
    }
}

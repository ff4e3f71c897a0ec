using System.Runtime.CompilerServices;

// The allocator and collector live in their own micro-lib (guest/lib/alloc) but read object layouts, static roots
// and the boot stack, which are the runtime's internals.
[assembly: InternalsVisibleTo("Kiln.Lib.Alloc")]

using System;
using System.Runtime;
using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace Kiln.Runtime
{
    // Thread-local storage for [ThreadStatic] fields (docs/runtime.md, "Thread statics"). ilc reaches a thread
    // static through ELF TLS: `mov rax, fs:0` (ld relaxes ilc's __tls_get_addr call to that), then a fixed negative
    // offset from this thread pointer to the slot tls_InlinedThreadStatics, which holds the thread's storage object.
    // The image gets one TLS block (a copy of its PT_TLS segment just below a thread pointer whose first word points
    // at itself: x86_64 TLS variant II) and the fs base is set to it once. With one CPU the block always belongs to
    // the running thread: a switch saves its contents on the old thread's stack and restores the new thread's, which
    // costs a few loads and stores instead of an fs-base change per switch (a system call on linuxu). Images whose
    // code uses no thread statics skip all of this: kiln build tells them apart (__kiln_tls_used).
    internal static unsafe class ThreadLocalStorage
    {
        private struct Template
        {
            public byte* Start;     // .tdata: the initial bytes
            public byte* DataEnd;
            public byte* End;       // .tbss ends here: the rest is zero
            public nuint Align;
            public nuint Used;      // 1 when some code reads or writes a thread static
        }

        [RuntimeImport("*", "kiln_tls_template")] [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void GetTemplate(Template* template);

        [RuntimeImport("*", "kiln_tls_root")] [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void* InlinedRoot();

        private static byte* s_initial;     // the TLS image's initial bytes (.tdata); the rest starts zero
        private static nuint s_initialBytes;
        private static byte* s_data;        // the block's TLS data; the thread pointer is s_data + Size
        private static byte[] s_block;

        // Bytes of TLS data a switch saves and restores: the PT_TLS segment rounded up to its alignment (ld's tpoff
        // rule), 0 when the image uses no thread statics.
        public static int Size { get; private set; }

        // Called by Startup once the heap and the GC statics exist.
        internal static void Initialize()
        {
            Template t;
            GetTemplate(&t);
            if (t.Used == 0) return;
            if (t.Align == 0) t.Align = 1;
            s_initial = t.Start;
            s_initialBytes = (nuint)(t.DataEnd - t.Start);
            nuint size = ((nuint)(t.End - t.Start) + t.Align - 1) & ~(t.Align - 1);
            nuint tpAlign = t.Align > 8 ? t.Align : 8;  // the data below needs Align; the self pointer needs 8
            s_block = new byte[(int)(size + 8 + tpAlign)];
            nuint tp = ((nuint)Unsafe.AsPointer(ref s_block[0]) + size + tpAlign - 1) & ~(tpAlign - 1);
            *(nuint*)tp = tp;
            s_data = (byte*)(tp - size);
            Size = (int)size;
            StartThread();
            Platform.SetTlsBase(tp);
        }

        // Gives the running thread fresh thread statics: the TLS image's initial bytes, the rest zero.
        public static void StartThread()
        {
            if (Size == 0) return;
            Buffer.Memmove(s_data, s_initial, s_initialBytes);
            Buffer.ZeroMemory(s_data + s_initialBytes, (nuint)Size - s_initialBytes);
        }

        // The scheduler's switch: the outgoing thread's thread statics to its stack, the incoming one's back.
        public static void Save(byte* area) => Buffer.Memmove(area, s_data, (nuint)Size);
        public static void Restore(byte* area) => Buffer.Memmove(s_data, area, (nuint)Size);

        // The collector's root: the running thread's TLS data, which holds its storage object. The other threads'
        // copies are on their stacks, which the collector scans anyway.
        internal static void VisitRoots(delegate*<nuint, nuint, void> visit)
        {
            if (Size != 0) visit((nuint)s_data, (nuint)s_data + (nuint)Size);
        }
    }
}

namespace Internal.Runtime
{
    // ilc's description of the module a thread-static type belongs to; a Kiln image is one module.
    internal struct TypeManagerSlot
    {
        public nint TypeManager;
        public int ModuleIndex;
    }

    // The helpers ilc calls for thread statics. Most are "inlined": one storage object per thread (ThreadStaticRegion
    // entry 0) holds them all and sits in the TLS slot tls_InlinedThreadStatics. Shared generic code asks for the
    // storage of its type by index instead; those objects live in an inlined thread static of the runtime's own, so an
    // image that needs them also uses TLS.
    internal static unsafe class ThreadStatics
    {
        [ThreadStatic] private static object[] t_typeBases;

        // Called with the TLS slot when it is still empty, on the thread's first thread-static access.
        internal static object GetInlinedThreadStaticBaseSlow(ref object storage)
        {
            object inlined = Kiln.Runtime.Allocation.NewObject(Kiln.Runtime.Modules.ThreadStaticType(0));
            storage = inlined;
            return inlined;
        }

        internal static object GetThreadStaticBaseForType(TypeManagerSlot* module, int index)
        {
            if (index < 0)
            {
                ref object root = ref Unsafe.AsRef<object>(Kiln.Runtime.ThreadLocalStorage.InlinedRoot());
                return root ?? GetInlinedThreadStaticBaseSlow(ref root);
            }
            object[] bases = t_typeBases;
            if (bases == null || index >= bases.Length)
            {
                object[] grown = new object[index + 4];
                if (bases != null) Array.Copy(bases, grown, bases.Length);
                t_typeBases = bases = grown;
            }
            return bases[index] ??= Kiln.Runtime.Allocation.NewObject(Kiln.Runtime.Modules.ThreadStaticType(index));
        }
    }
}

using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

// Fails on purpose, to show how Kiln reports failures: an exception nothing catches as .NET reports it (this app has
// no catch, so its image carries no exception dispatcher), anything else as a panic report. The first argument picks
// the failure (default: null):
//   null  index  cast  divide  throw  failfast  gp  ud  oom  stack  wx  nx  exit
static class Program
{
    sealed class Node { public int Value; public Node Next; }

    static int Main(string[] args)
    {
        string kind = args.Length > 0 ? args[0] : "null";
        Console.WriteLine($"failing with: {kind}");
        return kind switch
        {
            "null" => ReadValue(MaybeNode(args.Length)),
            "index" => ReadElement(new int[3], args.Length + 4),
            "cast" => CastToString(args.Length > 5 ? (object)"text" : new Node()).Length,
            "divide" => Divide(10, args.Length - 1),
            "throw" => Throw("the app gave up"),
            "failfast" => FailFast(),
            "gp" => ReadNonCanonical(),
            "ud" => InvalidOpcode(),
            "oom" => ExhaustHeap(),
            "stack" => Recurse(args.Length),
            "wx" => WriteToCode(),
            "nx" => ExecuteData(),
            "exit" => ExitEarly(),
            _ => Usage(kind),
        };
    }

    static Node MaybeNode(int n) => n > 100 ? new Node() : null;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int ReadValue(Node node) => node.Value;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int ReadElement(int[] array, int index) => array[index];

    [MethodImpl(MethodImplOptions.NoInlining)]
    static string CastToString(object o) => (string)o;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Divide(int a, int b) => a / b;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Throw(string message) => throw new InvalidOperationException(message);

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int FailFast()
    {
        Environment.FailFast("requested by the app");
        return 0;
    }

    // A non-canonical address: #GP on x86_64 (SIGSEGV from the kernel on linuxu).
    [MethodImpl(MethodImplOptions.NoInlining)]
    static unsafe int ReadNonCanonical() => *(int*)0x8000_0000_0000_0000UL;

    // ud2 is the bytes 0F 0B. The constant this loop looks for puts them into this very function's code, and a call
    // to where they are executes them: no image has to carry a ud2 for the sake of this example.
    [MethodImpl(MethodImplOptions.NoInlining)]
    static unsafe int InvalidOpcode()
    {
        byte* code = (byte*)(delegate*<int>)&InvalidOpcode;
        while (*(ushort*)code != 0x0B0F) code++;
        ((delegate* unmanaged<void>)code)();
        return 0;
    }

    // Keeps every block reachable, so no collection can help.
    [MethodImpl(MethodImplOptions.NoInlining)]
    static int ExhaustHeap()
    {
        var kept = new List<int[]>();
        while (true) kept.Add(new int[1000]);
    }

    // Unbounded recursion runs into the guard page below the stack.
    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Recurse(int depth)
    {
        Span<byte> frame = stackalloc byte[256];
        frame[depth & 255] = (byte)depth;
        return Recurse(depth + 1) + frame[(depth + 1) & 255];
    }

    // Code pages are read+execute only.
    [MethodImpl(MethodImplOptions.NoInlining)]
    static unsafe int WriteToCode()
    {
        delegate*<int, int> code = &Recurse;
        *(byte*)code = 0xC3;
        return 0;
    }

    // Data pages are never executable.
    static readonly byte[] s_ret = [0xC3];

    [MethodImpl(MethodImplOptions.NoInlining)]
    static unsafe int ExecuteData()
    {
        fixed (byte* p = s_ret) ((delegate*<void>)p)();
        return 0;
    }

    static int ExitEarly()
    {
        Environment.Exit(7);
        return 0;
    }

    static int Usage(string kind)
    {
        Console.WriteLine($"unknown failure '{kind}'; use null, index, cast, divide, throw, failfast, gp, ud, oom, stack, wx, nx or exit");
        return 2;
    }
}

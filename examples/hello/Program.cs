using System;

static class Program
{
    static int Main(string[] args)
    {
        Console.WriteLine("Hello, world!");
        foreach (string arg in args) Console.WriteLine(arg);
        return 0;
    }
}

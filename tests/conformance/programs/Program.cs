using System;

// Thirty-odd ordinary console programs (an inventory, a ledger, a calculator, a JSON printer, Dijkstra, an LRU
// cache, ...) written without regard to what Kiln supports; each file is one program, its Main renamed to Run.
public static class Program
{
    public static void Main()
    {
        Console.WriteLine("== BankLedger");
        Programs.BankLedger.BankLedgerProgram.Run();
        Console.WriteLine("== BinaryTree");
        Programs.BinaryTree.BinaryTreeProgram.Run();
        Console.WriteLine("== Checksum");
        Programs.Checksum.ChecksumProgram.Run();
        Console.WriteLine("== Cipher");
        Programs.Cipher.CipherProgram.Run();
        Console.WriteLine("== ConfigParser");
        Programs.ConfigParser.ConfigParserProgram.Run();
        Console.WriteLine("== CsvReport");
        Programs.CsvReport.CsvReportProgram.Run();
        Console.WriteLine("== DiceSim");
        Programs.DiceSim.DiceSimProgram.Run();
        Console.WriteLine("== Dijkstra");
        Programs.Dijkstra.DijkstraProgram.Run();
        Console.WriteLine("== EventBus");
        Programs.EventBus.EventBusProgram.Run();
        Console.WriteLine("== ExprCalc");
        Programs.ExprCalc.ExprCalcProgram.Run();
        Console.WriteLine("== Fraction");
        Programs.Fraction.FractionProgram.Run();
        Console.WriteLine("== GameOfLife");
        Programs.GameOfLife.GameOfLifeProgram.Run();
        Console.WriteLine("== Grades");
        Programs.Grades.GradesProgram.Run();
        Console.WriteLine("== Inventory");
        Programs.Inventory.InventoryProgram.Run();
        Console.WriteLine("== JsonPretty");
        Programs.JsonPretty.JsonPrettyProgram.Run();
        Console.WriteLine("== Library");
        Programs.Library.LibraryProgram.Run();
        Console.WriteLine("== LruCache");
        Programs.LruCache.LruCacheProgram.Run();
        Console.WriteLine("== MatrixTool");
        Programs.MatrixTool.MatrixToolProgram.Run();
        Console.WriteLine("== NumberBases");
        Programs.NumberBases.NumberBasesProgram.Run();
        Console.WriteLine("== Polynomial");
        Programs.Polynomial.PolynomialProgram.Run();
        Console.WriteLine("== SalesReport");
        Programs.SalesReport.SalesReportProgram.Run();
        Console.WriteLine("== Scheduler");
        Programs.Scheduler.SchedulerProgram.Run();
        Console.WriteLine("== ShoppingCart");
        Programs.ShoppingCart.ShoppingCartProgram.Run();
        Console.WriteLine("== Sudoku");
        Programs.Sudoku.SudokuProgram.Run();
        Console.WriteLine("== TextStats");
        Programs.TextStats.TextStatsProgram.Run();
        Console.WriteLine("== TinyInterpreter");
        Programs.TinyInterpreter.TinyInterpreterProgram.Run();
        Console.WriteLine("== TopoSort");
        Programs.TopoSort.TopoSortProgram.Run();
        Console.WriteLine("== UnitConverter");
        Programs.UnitConverter.UnitConverterProgram.Run();
        Console.WriteLine("== VendingMachine");
        Programs.VendingMachine.VendingMachineProgram.Run();
        Console.WriteLine("== WordWrap");
        Programs.WordWrap.WordWrapProgram.Run();
    }
}

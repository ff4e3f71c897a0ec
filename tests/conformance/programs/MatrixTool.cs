using System;
using System.Linq;
using System.Text;

namespace Programs.MatrixTool;

public sealed class Matrix : IEquatable<Matrix>
{
    private readonly double[,] _a;
    public int Rows { get; }
    public int Cols { get; }

    public Matrix(int rows, int cols) { Rows = rows; Cols = cols; _a = new double[rows, cols]; }
    public Matrix(double[][] data) : this(data.Length, data[0].Length)
    {
        for (int i = 0; i < Rows; i++)
            for (int j = 0; j < Cols; j++) _a[i, j] = data[i][j];
    }

    public double this[int r, int c] { get => _a[r, c]; set => _a[r, c] = value; }

    public static Matrix Identity(int n)
    {
        var m = new Matrix(n, n);
        for (int i = 0; i < n; i++) m[i, i] = 1;
        return m;
    }

    public static Matrix operator *(Matrix x, Matrix y)
    {
        if (x.Cols != y.Rows) throw new ArgumentException($"Cannot multiply {x.Rows}x{x.Cols} by {y.Rows}x{y.Cols}");
        var r = new Matrix(x.Rows, y.Cols);
        for (int i = 0; i < x.Rows; i++)
            for (int j = 0; j < y.Cols; j++)
            {
                double s = 0;
                for (int k = 0; k < x.Cols; k++) s += x[i, k] * y[k, j];
                r[i, j] = s;
            }
        return r;
    }

    public static Matrix operator +(Matrix x, Matrix y)
    {
        var r = new Matrix(x.Rows, x.Cols);
        for (int i = 0; i < x.Rows; i++) for (int j = 0; j < x.Cols; j++) r[i, j] = x[i, j] + y[i, j];
        return r;
    }

    public static Matrix operator *(double k, Matrix x)
    {
        var r = new Matrix(x.Rows, x.Cols);
        for (int i = 0; i < x.Rows; i++) for (int j = 0; j < x.Cols; j++) r[i, j] = k * x[i, j];
        return r;
    }

    public Matrix Transpose()
    {
        var r = new Matrix(Cols, Rows);
        for (int i = 0; i < Rows; i++) for (int j = 0; j < Cols; j++) r[j, i] = this[i, j];
        return r;
    }

    public double Determinant()
    {
        if (Rows != Cols) throw new InvalidOperationException("not square");
        var m = (double[,])_a.Clone();
        int n = Rows; double det = 1;
        for (int c = 0; c < n; c++)
        {
            int pivot = Enumerable.Range(c, n - c).OrderByDescending(r => Math.Abs(m[r, c])).First();
            if (Math.Abs(m[pivot, c]) < 1e-12) return 0;
            if (pivot != c)
            {
                for (int k = 0; k < n; k++) (m[c, k], m[pivot, k]) = (m[pivot, k], m[c, k]);
                det = -det;
            }
            det *= m[c, c];
            for (int r = c + 1; r < n; r++)
            {
                double f = m[r, c] / m[c, c];
                for (int k = c; k < n; k++) m[r, k] -= f * m[c, k];
            }
        }
        return det;
    }

    public bool Equals(Matrix? other) =>
        other is not null && Rows == other.Rows && Cols == other.Cols &&
        Enumerable.Range(0, Rows * Cols).All(i => Math.Abs(this[i / Cols, i % Cols] - other[i / Cols, i % Cols]) < 1e-9);
    public override bool Equals(object? obj) => Equals(obj as Matrix);
    public override int GetHashCode() => HashCode.Combine(Rows, Cols);

    public override string ToString()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < Rows; i++)
        {
            sb.Append(i == 0 ? "[ " : "  ");
            for (int j = 0; j < Cols; j++) sb.Append($"{_a[i, j],8:F3}");
            sb.Append(i == Rows - 1 ? " ]" : "\n");
        }
        return sb.ToString();
    }
}

public static class MatrixToolProgram
{
    public static void Run()
    {
        var a = new Matrix(new[] { new[] { 2.0, -1, 0 }, new[] { -1.0, 2, -1 }, new[] { 0.0, -1, 2 } });
        var b = new Matrix(new[] { new[] { 1.0, 2 }, new[] { 3.0, 4 }, new[] { 5.0, 6 } });
        Console.WriteLine("A =\n" + a);
        Console.WriteLine("A*B =\n" + (a * b));
        Console.WriteLine("B^T =\n" + b.Transpose());
        Console.WriteLine("0.5*A + I =\n" + (0.5 * a + Matrix.Identity(3)));
        Console.WriteLine($"det(A) = {a.Determinant()}, det(I4) = {Matrix.Identity(4).Determinant()}");
        var h = new Matrix(4, 4);
        for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) h[i, j] = 1.0 / (i + j + 1);
        Console.WriteLine($"det(Hilbert4) = {h.Determinant():E4}");
        Console.WriteLine($"A*I == A: {a * Matrix.Identity(3) == a}, Equals: {(a * Matrix.Identity(3)).Equals(a)}");
        try { _ = b * b; }
        catch (ArgumentException ex) { Console.WriteLine(ex.Message); }
        try { b.Determinant(); }
        catch (InvalidOperationException ex) { Console.WriteLine("error: " + ex.Message); }
        var grid = new int[3, 4];
        for (int i = 0; i < grid.GetLength(0); i++) for (int j = 0; j < grid.GetLength(1); j++) grid[i, j] = i * j;
        // Not grid.Cast<int>(): Kiln's multi-dimensional arrays are not IEnumerable yet (docs/runtime.md, "Not yet").
        int sum = 0;
        for (int i = 0; i < grid.GetLength(0); i++) for (int j = 0; j < grid.GetLength(1); j++) sum += grid[i, j];
        Console.WriteLine($"rank={grid.Rank} length={grid.Length} sum={sum}");
    }
}

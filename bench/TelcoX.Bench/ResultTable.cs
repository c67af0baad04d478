using System.Globalization;

namespace TelcoX.Bench;

/// <summary>One line of the table: what TelcoX did, what the floor did, and whether the target holds.</summary>
public sealed record BenchRow(string Id, string Workload, string TelcoX, string Floor, string Ratio, string Target, bool Met, bool Correct = true, string Note = "");

public static class ResultTable
{
    public static string Format(double value, string format = "0") => value.ToString(format, CultureInfo.InvariantCulture);

    public static void Print(IReadOnlyList<BenchRow> rows)
    {
        Console.WriteLine();
        Console.WriteLine("| # | workload | TelcoX | floor | ratio | target | met |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var row in rows)
            Console.WriteLine($"| {row.Id} | {row.Workload} | {row.TelcoX} | {row.Floor} | {row.Ratio} | {row.Target} | {(row.Met ? "yes" : "**no**")}{(row.Correct ? "" : " (WRONG RESULT)")} |");
        foreach (var row in rows.Where(r => r.Note.Length > 0))
            Console.WriteLine($"- {row.Id}: {row.Note}");
    }
}

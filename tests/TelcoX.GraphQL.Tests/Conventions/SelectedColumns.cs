using System.Text.RegularExpressions;

namespace TelcoX.GraphQL.Tests.Conventions;

/// <summary>The columns a SELECT reads from its tables: the quoted names after a table alias, up to the first FROM.</summary>
public static partial class SelectedColumns
{
    public static IReadOnlySet<string> Of(string sql)
    {
        var select = sql.IndexOf("SELECT", StringComparison.Ordinal);
        var from = sql.IndexOf("FROM", select, StringComparison.Ordinal);
        return Column().Matches(sql[select..from]).Select(match => match.Groups[1].Value).ToHashSet();
    }

    /// <summary>The columns of the one statement that reads <paramref name="table"/> (as its first FROM; joins aside).</summary>
    public static IReadOnlySet<string> Of(IEnumerable<string> statements, string table) =>
        Of(Assert.Single(statements, sql => Reads(sql, table)));

    public static bool Reads(string sql, string table)
    {
        var from = sql[sql.IndexOf("FROM", StringComparison.Ordinal)..];
        return from.StartsWith($"FROM \"{table}\"", StringComparison.Ordinal) || from.StartsWith($"FROM `{table}`", StringComparison.Ordinal);
    }

    // SQLite quotes "t"."Column", MariaDB `t`.`Column`.
    [GeneratedRegex("""[`"]\w+[`"]\.[`"](\w+)[`"]""")]
    private static partial Regex Column();
}

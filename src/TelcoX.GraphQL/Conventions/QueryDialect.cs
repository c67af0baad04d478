using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace TelcoX.GraphQL.Conventions;

/// <summary>
/// What differs between the providers when building expressions. MariaDB compares strings under the
/// column collation (utf8mb4_general_ci: case- and accent-insensitive), SQLite byte by byte; filters
/// force a binary collation on MariaDB so that both answer the same.
/// </summary>
public sealed record QueryDialect(bool BinaryCollation)
{
    private static readonly System.Reflection.MethodInfo Collate =
        typeof(RelationalDbFunctionsExtensions).GetMethod(nameof(RelationalDbFunctionsExtensions.Collate))!
            .MakeGenericMethod(typeof(string));

    public static QueryDialect Of(DbContext db) => new(db.Database.ProviderName?.Contains("MySql", StringComparison.Ordinal) == true);

    /// <summary>The string compared byte for byte, whatever the column's collation.</summary>
    public Expression Exact(Expression text) =>
        BinaryCollation ? Expression.Call(Collate, Expression.Constant(EF.Functions), text, Expression.Constant("utf8mb4_bin")) : text;
}

using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace TelcoX.GraphQL.Conventions;

/// <summary>
/// What differs between the providers when building expressions. MariaDB compares strings under the
/// column collation (utf8mb4_general_ci: case- and accent-insensitive), SQLite byte by byte; filters
/// force a binary collation on MariaDB so that both answer the same. SQLite keeps decimals as TEXT
/// and EF Core 9 refuses to ORDER BY them, so sort keys read them as REAL there.
/// </summary>
public sealed record QueryDialect(bool BinaryCollation, bool DecimalAsReal)
{
    private static readonly System.Reflection.MethodInfo Collate =
        typeof(RelationalDbFunctionsExtensions).GetMethod(nameof(RelationalDbFunctionsExtensions.Collate))!
            .MakeGenericMethod(typeof(string));

    // Each context type is bound to one provider (a subclass per provider, or one type per app), and asking
    // EF for the provider's name is a service look-up: worth keeping off the path of every request.
    private static readonly ConcurrentDictionary<Type, QueryDialect> OfContextType = new();

    public static QueryDialect Of(DbContext db) =>
        OfContextType.GetOrAdd(db.GetType(), static (_, db) =>
        {
            var provider = db.Database.ProviderName ?? "";
            return new(provider.Contains("MySql", StringComparison.Ordinal), provider.Contains("Sqlite", StringComparison.Ordinal));
        }, db);

    /// <summary>The string compared byte for byte, whatever the column's collation.</summary>
    public Expression Exact(Expression text) =>
        BinaryCollation ? Expression.Call(Collate, Expression.Constant(EF.Functions), text, Expression.Constant("utf8mb4_bin")) : text;

    /// <summary>
    /// A sort key as the database can order it. decimal(12,2) has at most 12 significant digits and a
    /// double keeps 15, so REAL orders and compares those values exactly as decimal would.
    /// </summary>
    public Expression Sortable(Expression key) =>
        DecimalAsReal && Fields.ScalarTypes.Underlying(key.Type) == typeof(decimal)
            ? Expression.Convert(key, key.Type == typeof(decimal) ? typeof(double) : typeof(double?))
            : key;
}

using System.Linq.Expressions;
using System.Reflection;
using TelcoX.GraphQL.Conventions.Fields;

namespace TelcoX.GraphQL.Conventions.Filtering;

/// <summary>
/// String operations. The i-variants lower both sides: the value in .NET, the column with SQL lower(),
/// which SQLite only folds for ASCII unless <see cref="SqliteUnicodeLower"/> replaces it.
/// </summary>
internal static class StringOperations
{
    public static readonly string[] Names =
        ["eq", "neq", "contains", "ncontains", "startsWith", "nstartsWith", "endsWith", "nendsWith", "ieq", "icontains", "istartsWith", "iendsWith"];

    private static readonly MethodInfo ContainsMethod = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StartsWithMethod = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo EndsWithMethod = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;
    private static readonly MethodInfo ToLowerMethod = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;

    public static Expression Build(string operation, Expression column, object? value, QueryDialect dialect)
    {
        if (operation is "in" or "nin")
            return ListOperations.In(operation, dialect.Exact(column), value);
        if (operation is "eq" or "neq" && value is null)
            return operation == "eq" ? Expression.Equal(column, Null) : Expression.NotEqual(column, Null);
        var text = value as string ?? throw new BadUserInputError($"The string operation '{operation}' needs a value.");

        var exact = dialect.Exact(column);
        var folded = dialect.Exact(Expression.Call(column, ToLowerMethod));
        var lowered = ValueParameter.Of(text.ToLowerInvariant(), typeof(string));
        var parameter = ValueParameter.Of(text, typeof(string));
        return operation switch
        {
            "eq" => Expression.Equal(exact, parameter),
            "neq" => Expression.NotEqual(exact, parameter),
            "contains" => Expression.Call(exact, ContainsMethod, parameter),
            "ncontains" => Expression.Not(Expression.Call(exact, ContainsMethod, parameter)),
            "startsWith" => Expression.Call(exact, StartsWithMethod, parameter),
            "nstartsWith" => Expression.Not(Expression.Call(exact, StartsWithMethod, parameter)),
            "endsWith" => Expression.Call(exact, EndsWithMethod, parameter),
            "nendsWith" => Expression.Not(Expression.Call(exact, EndsWithMethod, parameter)),
            "ieq" => Expression.Equal(folded, lowered),
            "icontains" => Expression.Call(folded, ContainsMethod, lowered),
            "istartsWith" => Expression.Call(folded, StartsWithMethod, lowered),
            "iendsWith" => Expression.Call(folded, EndsWithMethod, lowered),
            _ => throw new BadUserInputError($"Unknown string operation '{operation}'."),
        };
    }

    private static readonly Expression Null = Expression.Constant(null, typeof(string));
}

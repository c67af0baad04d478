using System.Linq.Expressions;
using System.Reflection;
using TelcoX.GraphQL.Conventions.Fields;

namespace TelcoX.GraphQL.Conventions.Filtering;

/// <summary>
/// String operations. The i-variants lower both sides: the value in .NET, the column with SQL lower(),
/// which SQLite only folds for ASCII unless <see cref="SqliteUnicodeLower"/> replaces it.
/// startsWith/endsWith compare a substring: EF turns string.StartsWith into LIKE, which SQLite
/// matches case-insensitively.
/// </summary>
internal static class StringOperations
{
    public static readonly string[] Names =
        ["eq", "neq", "contains", "ncontains", "startsWith", "nstartsWith", "endsWith", "nendsWith", "ieq", "icontains", "istartsWith", "iendsWith"];

    private static readonly MethodInfo ContainsMethod = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo SubstringMethod = typeof(string).GetMethod(nameof(string.Substring), [typeof(int), typeof(int)])!;
    private static readonly System.Reflection.PropertyInfo LengthProperty = typeof(string).GetProperty(nameof(string.Length))!;
    private static readonly MethodInfo ToLowerMethod = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;

    public static Expression Build(string operation, Expression column, object? value, QueryDialect dialect)
    {
        if (operation is "in" or "nin")
            return ListOperations.In(operation, dialect.Exact(column), value);
        if (operation is "eq" or "neq" && value is null)
            return operation == "eq" ? Expression.Equal(column, Null) : Expression.NotEqual(column, Null);
        var text = value as string ?? throw new BadUserInputError($"The string operation '{operation}' needs a value.");

        var exact = dialect.Exact(column);
        var lower = Expression.Call(column, ToLowerMethod);
        var folded = dialect.Exact(lower);
        var lowered = ValueParameter.Of(text.ToLowerInvariant(), typeof(string));
        var parameter = ValueParameter.Of(text, typeof(string));
        Expression StartsWith(Expression of, Expression value) => Expression.Equal(dialect.Exact(Prefix(of, text.Length)), value);
        Expression EndsWith(Expression of, Expression value) => Expression.Equal(dialect.Exact(Suffix(of, text.Length)), value);
        return operation switch
        {
            "eq" => Expression.Equal(exact, parameter),
            "neq" => Expression.NotEqual(exact, parameter),
            "contains" => Expression.Call(exact, ContainsMethod, parameter),
            "ncontains" => Expression.Not(Expression.Call(exact, ContainsMethod, parameter)),
            "startsWith" => StartsWith(column, parameter),
            "nstartsWith" => Expression.Not(StartsWith(column, parameter)),
            "endsWith" => EndsWith(column, parameter),
            "nendsWith" => Expression.Not(EndsWith(column, parameter)),
            "ieq" => Expression.Equal(folded, lowered),
            "icontains" => Expression.Call(folded, ContainsMethod, lowered),
            "istartsWith" => StartsWith(lower, lowered),
            "iendsWith" => EndsWith(lower, lowered),
            _ => throw new BadUserInputError($"Unknown string operation '{operation}'."),
        };
    }

    private static Expression Prefix(Expression text, int length) =>
        Expression.Call(text, SubstringMethod, Expression.Constant(0), Expression.Constant(length));

    /// <summary>The last <paramref name="length"/> characters; shorter texts give a shorter (so unequal) result on both databases.</summary>
    private static Expression Suffix(Expression text, int length) =>
        Expression.Call(text, SubstringMethod, Expression.Subtract(Expression.Property(text, LengthProperty), Expression.Constant(length)), Expression.Constant(length));

    private static readonly Expression Null = Expression.Constant(null, typeof(string));
}

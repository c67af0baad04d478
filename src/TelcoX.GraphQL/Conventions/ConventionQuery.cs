using System.Linq.Expressions;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Conventions.Fields;
using TelcoX.GraphQL.Conventions.Filtering;
using TelcoX.GraphQL.Conventions.Sorting;

namespace TelcoX.GraphQL.Conventions;

/// <summary>The field's source query with its <c>where</c> applied, and the ORDER BY terms its <c>order</c> asks for.</summary>
internal sealed record ConventionQuery<T>(IQueryable<T> Filtered, IReadOnlyList<SortKey> Keys)
    where T : class
{
    public static ConventionQuery<T> Create(IResolveFieldContext context, DbContext db, IQueryable<T> source)
    {
        var now = ValueParameter.Of(Now(context), typeof(DateTime));
        var dialect = QueryDialect.Of(db);
        var filtered = source.AsNoTracking();
        if (Argument(context, "where") is IDictionary<string, object?> where)
            filtered = filtered.Where(new FilterExpressionBuilder(dialect, now).Build<T>(where));
        return new ConventionQuery<T>(filtered, SortKeyParser.Parse<T>(Argument(context, "order"), now, dialect));
    }

    /// <summary>The request's clock: a registered <see cref="TimeProvider"/> (tests pin one), else the system's.</summary>
    public static DateTime Now(IResolveFieldContext context) =>
        (context.RequestServices?.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow().UtcDateTime;

    private static object? Argument(IResolveFieldContext context, string name) =>
        context.Arguments is { } arguments && arguments.TryGetValue(name, out var value) ? value.Value : null;
}

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
    public static ConventionQuery<T> Create(IResolveFieldContext context, DbContext db, IQueryable<T> source) =>
        Create(ConventionArguments.From(context), db, source);

    public static ConventionQuery<T> Create(ConventionArguments arguments, DbContext db, IQueryable<T> source)
    {
        var now = ValueParameter.Of(arguments.Now, typeof(DateTime));
        var dialect = QueryDialect.Of(db);
        var filtered = source.AsNoTracking();
        if (arguments.Where is IDictionary<string, object?> where)
            filtered = filtered.Where(new FilterExpressionBuilder(dialect, now).Build<T>(where));
        return new ConventionQuery<T>(filtered, SortKeyParser.Parse<T>(arguments.Order, now, dialect));
    }

    /// <summary>Only the ORDER BY terms: a page needs them (for its cursors) even when its query is already compiled.</summary>
    public static IReadOnlyList<SortKey> SortKeys(ConventionArguments arguments, DbContext db) =>
        SortKeyParser.Parse<T>(arguments.Order, ValueParameter.Of(arguments.Now, typeof(DateTime)), QueryDialect.Of(db));
}

using System.Linq.Expressions;
using TelcoX.GraphQL.Conventions.Fields;

namespace TelcoX.GraphQL.Conventions.Filtering;

internal static class ListOperations
{
    /// <summary>
    /// in/nin as <c>column IN (…)</c>. The array is a parameter (one compiled query whatever the
    /// values); the context's TranslateParameterizedCollectionsToConstants writes it inline in the SQL,
    /// as JSON table functions would be spelt differently by MariaDB and SQLite.
    /// </summary>
    public static Expression In(string operation, Expression column, object? value)
    {
        var items = (value as IEnumerable<object?> ?? throw new BadUserInputError($"'{operation}' needs a list.")).ToList();
        var array = Array.CreateInstance(column.Type, items.Count);
        for (var i = 0; i < items.Count; i++)
            array.SetValue(ValueParameter.Coerce(items[i], column.Type), i);
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [column.Type], ValueParameter.Of(array, array.GetType()), column);
        return operation == "in" ? contains : Expression.Not(contains);
    }
}

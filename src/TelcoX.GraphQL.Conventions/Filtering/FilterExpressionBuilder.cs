using System.Linq.Expressions;
using TelcoX.GraphQL.Conventions.Fields;

namespace TelcoX.GraphQL.Conventions.Filtering;

/// <summary>Turns a parsed <c>where</c> argument into an expression tree that EF translates to SQL.</summary>
internal sealed class FilterExpressionBuilder(QueryDialect dialect, Expression now)
{
    public Expression<Func<T, bool>> Build<T>(IDictionary<string, object?> where)
    {
        var entity = Expression.Parameter(typeof(T), "entity");
        return Expression.Lambda<Func<T, bool>>(Object(entity, typeof(T), where), entity);
    }

    private Expression Object(Expression instance, Type entity, IDictionary<string, object?> input) =>
        Combine(input, (name, value) =>
        {
            if (value is null)
                return Expression.Constant(true); // an explicit null field filters nothing, as in Hot Chocolate
            var field = EntityFields.Get(entity, name);
            var bound = field.Bind(instance, now);
            return field.Kind switch
            {
                ConventionFieldKind.Object => Object(bound, field.Type, AsObject(value)),
                ConventionFieldKind.List => List(bound, field.Type, AsObject(value)),
                _ => Scalar(bound, AsObject(value)),
            };
        }, nested => Object(instance, entity, nested));

    private Expression Scalar(Expression column, IDictionary<string, object?> operations) =>
        Combine(operations, (operation, value) => column.Type == typeof(string)
            ? StringOperations.Build(operation, column, value, dialect)
            : ComparableOperations.Build(operation, column, value), nested => Scalar(column, nested));

    private Expression List(Expression collection, Type element, IDictionary<string, object?> input) =>
        Combine(input, (operation, value) =>
        {
            if (operation == "any")
                return value is true ? Any(collection, element, null) : Expression.Not(Any(collection, element, null));
            var item = Expression.Parameter(element, "item");
            var predicate = Expression.Lambda(Object(item, element, AsObject(value)), item);
            return operation switch
            {
                "some" => Any(collection, element, predicate),
                "none" => Expression.Not(Any(collection, element, predicate)),
                _ => Expression.Call(typeof(Enumerable), nameof(Enumerable.All), [element], collection, predicate),
            };
        }, nested => List(collection, element, nested));

    private static Expression Any(Expression collection, Type element, LambdaExpression? predicate) => predicate is null
        ? Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [element], collection)
        : Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [element], collection, predicate);

    /// <summary>ANDs the entries of one input object; its and/or lists recurse through <paramref name="nested"/>.</summary>
    private static Expression Combine(IDictionary<string, object?> input, Func<string, object?, Expression> entry,
        Func<IDictionary<string, object?>, Expression> nested)
    {
        Expression result = Expression.Constant(true);
        foreach (var (name, value) in input)
        {
            if (value is null && name is "and" or "or")
                continue;
            var part = name switch
            {
                "and" => AsList(value).Select(nested).Aggregate((Expression)Expression.Constant(true), Expression.AndAlso),
                "or" => AsList(value).Select(nested).DefaultIfEmpty(Expression.Constant(true)).Aggregate(Expression.OrElse),
                _ => entry(name, value),
            };
            result = result is ConstantExpression { Value: true } ? part : Expression.AndAlso(result, part);
        }
        return result;
    }

    private static IDictionary<string, object?> AsObject(object? value) =>
        value as IDictionary<string, object?> ?? throw new BadUserInputError("A filter field needs an object.");

    private static IEnumerable<IDictionary<string, object?>> AsList(object? value) =>
        (value as IEnumerable<object?> ?? []).Select(AsObject);
}

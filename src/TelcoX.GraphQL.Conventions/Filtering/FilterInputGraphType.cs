using GraphQL.Types;
using TelcoX.GraphQL.Conventions.Fields;

namespace TelcoX.GraphQL.Conventions.Filtering;

/// <summary><c>XxxFilterInput</c>: and/or plus one field per <see cref="EntityFields"/> entry.</summary>
public sealed class FilterInputGraphType<T> : InputObjectGraphType<object>
{
    public FilterInputGraphType()
    {
        Name = $"{typeof(T).Name}FilterInput";
        Field<ListGraphType<NonNullGraphType<FilterInputGraphType<T>>>>("and");
        Field<ListGraphType<NonNullGraphType<FilterInputGraphType<T>>>>("or");
        foreach (var field in EntityFields.For(typeof(T)).Values)
            Field(field.Name, InputTypeOf(field));
    }

    private static Type InputTypeOf(ConventionField field) => field.Kind switch
    {
        ConventionFieldKind.Object => typeof(FilterInputGraphType<>).MakeGenericType(field.Type),
        ConventionFieldKind.List => typeof(ListFilterInputGraphType<>).MakeGenericType(field.Type),
        _ => OperationInputTypeOf(ScalarTypes.Underlying(field.Type)),
    };

    private static Type OperationInputTypeOf(Type scalar) =>
        scalar.IsEnum ? typeof(EnumOperationFilterInputGraphType<>).MakeGenericType(scalar)
        : scalar == typeof(string) ? typeof(StringOperationFilterInputGraphType)
        : scalar == typeof(int) ? typeof(IntOperationFilterInputGraphType)
        : scalar == typeof(long) ? typeof(LongOperationFilterInputGraphType)
        : scalar == typeof(decimal) ? typeof(DecimalOperationFilterInputGraphType)
        : scalar == typeof(DateTime) ? typeof(DateTimeOperationFilterInputGraphType)
        : typeof(BooleanOperationFilterInputGraphType);
}

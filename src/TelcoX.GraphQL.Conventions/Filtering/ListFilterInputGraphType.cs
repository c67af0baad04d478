using GraphQL.Types;

namespace TelcoX.GraphQL.Conventions.Filtering;

/// <summary>Filters a collection navigation: some/all/none of its elements match, or it has any.</summary>
public sealed class ListFilterInputGraphType<T> : InputObjectGraphType<object>
{
    public ListFilterInputGraphType()
    {
        Name = $"ListFilterInputTypeOf{typeof(T).Name}FilterInput";
        Field<FilterInputGraphType<T>>("all");
        Field<FilterInputGraphType<T>>("none");
        Field<FilterInputGraphType<T>>("some");
        Field<BooleanGraphType>("any");
    }
}

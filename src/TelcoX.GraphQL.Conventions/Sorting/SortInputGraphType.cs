using GraphQL.Types;
using TelcoX.GraphQL.Conventions.Fields;

namespace TelcoX.GraphQL.Conventions.Sorting;

/// <summary><c>XxxSortInput</c>: a direction per scalar field, a nested sort input per reference navigation.</summary>
public sealed class SortInputGraphType<T> : InputObjectGraphType<object>
{
    public SortInputGraphType()
    {
        Name = $"{typeof(T).Name}SortInput";
        foreach (var field in EntityFields.For(typeof(T)).Values)
        {
            if (field.Kind == ConventionFieldKind.Scalar)
                Field<SortEnumTypeGraphType>(field.Name);
            else if (field.Kind == ConventionFieldKind.Object)
                Field(field.Name, typeof(SortInputGraphType<>).MakeGenericType(field.Type));
        }
    }
}

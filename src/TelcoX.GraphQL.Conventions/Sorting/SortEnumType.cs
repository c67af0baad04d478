namespace TelcoX.GraphQL.Conventions.Sorting;

public enum SortEnumType
{
    Asc,
    Desc,
}

using System.Linq.Expressions;

namespace TelcoX.GraphQL.Conventions.Sorting;

/// <summary>One ORDER BY term: <paramref name="Selector"/> is <c>entity => value</c>, <paramref name="Path"/> e.g. "customer.name".</summary>
public sealed record SortKey(string Path, LambdaExpression Selector, bool Descending)
{
    public Type Type => Selector.ReturnType;
}

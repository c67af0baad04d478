using GraphQL;
using GraphQL.Types;

namespace TelcoX.GraphQL.Conventions.Paging;

/// <summary><c>XxxCollectionSegment { items pageInfo totalCount }</c>, named after the field as Hot Chocolate does.</summary>
// Built per field (its name comes from the field), so the DI scan of graph types must skip it.
[DoNotRegister]
public sealed class CollectionSegmentGraphType : ObjectGraphType<CollectionSegmentPage>
{
    public CollectionSegmentGraphType(string name, Type nodeGraphType)
    {
        Name = $"{name}CollectionSegment";
        Description = "A segment of a collection.";
        Field("items", typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(nodeGraphType)))
            .Resolve(context => context.Source.Items);
        Field<NonNullGraphType<CollectionSegmentInfoGraphType>>("pageInfo").Resolve(context => context.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(context => context.Source.TotalCount);
    }
}

using GraphQL.Types;

namespace TelcoX.GraphQL.Conventions.Paging;

public sealed class CollectionSegmentInfoGraphType : ObjectGraphType<CollectionSegmentInfo>
{
    public CollectionSegmentInfoGraphType()
    {
        Name = "CollectionSegmentInfo";
        Description = "Information about the offset pagination.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(context => context.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Resolve(context => context.Source.HasPreviousPage);
    }
}

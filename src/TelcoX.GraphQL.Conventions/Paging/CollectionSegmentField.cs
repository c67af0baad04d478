using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Conventions.Filtering;
using TelcoX.GraphQL.Conventions.Sorting;

namespace TelcoX.GraphQL.Conventions.Paging;

internal static class CollectionSegmentField
{
    public static FieldType Create<TNodeGraphType, TNode, TDbContext>(string name, Func<TDbContext, IQueryable<TNode>> source, string? typeName = null)
        where TNodeGraphType : IGraphType
        where TNode : class
        where TDbContext : DbContext
    {
        typeName ??= ConventionTypeName.Of(name);
        return new FieldType
        {
            Name = name,
            ResolvedType = new CollectionSegmentGraphType(typeName, typeof(TNodeGraphType)),
            Arguments = new QueryArguments(
                new QueryArgument<IntGraphType> { Name = "skip" },
                new QueryArgument<IntGraphType> { Name = "take" },
                new QueryArgument<FilterInputGraphType<TNode>> { Name = "where" },
                new QueryArgument<ListGraphType<NonNullGraphType<SortInputGraphType<TNode>>>> { Name = "order" }),
            Resolver = new FuncFieldResolver<object?>(context => new ValueTask<object?>(CollectionSegmentResolver.ResolveAsync(context, source))),
        };
    }
}

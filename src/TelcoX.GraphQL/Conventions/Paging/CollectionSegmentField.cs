using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using TelcoX.GraphQL.Conventions.Filtering;
using TelcoX.GraphQL.Conventions.Sorting;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Conventions.Paging;

internal static class CollectionSegmentField
{
    public static FieldType Create<TNodeGraphType, TNode>(IGraphType parent, string name,
        Func<IResolveFieldContext, TelcoDbContext, IQueryable<TNode>> source, string? typeName = null)
        where TNodeGraphType : IGraphType
        where TNode : class
    {
        typeName ??= ConventionTypeCache.PascalCase(name);
        return new FieldType
        {
            Name = name,
            ResolvedType = ConventionTypeCache.GetOrAdd(parent, typeName + "CollectionSegment",
                () => new CollectionSegmentGraphType(typeName, typeof(TNodeGraphType))),
            Arguments = new QueryArguments(
                new QueryArgument<IntGraphType> { Name = "skip" },
                new QueryArgument<IntGraphType> { Name = "take" },
                new QueryArgument<FilterInputGraphType<TNode>> { Name = "where" },
                new QueryArgument<ListGraphType<NonNullGraphType<SortInputGraphType<TNode>>>> { Name = "order" }),
            Resolver = new FuncFieldResolver<object?>(context => new ValueTask<object?>(CollectionSegmentResolver.ResolveAsync(context, source))),
        };
    }
}

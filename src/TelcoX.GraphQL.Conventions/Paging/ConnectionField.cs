using GraphQL.Resolvers;
using GraphQL.Types;
using TelcoX.GraphQL.Conventions.Filtering;
using TelcoX.GraphQL.Conventions.Sorting;

namespace TelcoX.GraphQL.Conventions.Paging;

internal static class ConnectionField
{
    /// <summary>
    /// A field of type <c>XxxConnection</c>. Each field gets its own instance; where two parents make
    /// one name, <see cref="ConventionTypeSharing"/> leaves the schema one of them.
    /// </summary>
    public static FieldType Create<TNodeGraphType, TNode>(string name, IFieldResolver resolver)
        where TNodeGraphType : IGraphType
        where TNode : class
    {
        var typeName = ConventionTypeName.Of(name);
        return new FieldType
        {
            Name = name,
            ResolvedType = new ConnectionGraphType(typeName, new EdgeGraphType(typeName, typeof(TNodeGraphType)), typeof(TNodeGraphType)),
            Arguments = new QueryArguments(
                new QueryArgument<IntGraphType> { Name = "first", Description = "Returns the first n elements from the list." },
                new QueryArgument<StringGraphType> { Name = "after", Description = "Returns the elements in the list that come after the specified cursor." },
                new QueryArgument<IntGraphType> { Name = "last", Description = "Returns the last n elements from the list." },
                new QueryArgument<StringGraphType> { Name = "before", Description = "Returns the elements in the list that come before the specified cursor." },
                new QueryArgument<FilterInputGraphType<TNode>> { Name = "where" },
                new QueryArgument<ListGraphType<NonNullGraphType<SortInputGraphType<TNode>>>> { Name = "order" }),
            Resolver = resolver,
        };
    }
}

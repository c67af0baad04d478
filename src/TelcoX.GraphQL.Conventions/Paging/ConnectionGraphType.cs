using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace TelcoX.GraphQL.Conventions.Paging;

/// <summary><c>XxxConnection { edges nodes pageInfo totalCount }</c>, named after the field as Hot Chocolate does.</summary>
// Built per field (its name comes from the field), so the DI scan of graph types must skip it.
[DoNotRegister]
public sealed class ConnectionGraphType : ObjectGraphType<ConnectionPage>
{
    public ConnectionGraphType(string name, IGraphType edge, Type nodeGraphType)
    {
        Name = $"{name}Connection";
        Description = "A connection to a list of items.";
        Field("edges", new ListGraphType(new NonNullGraphType(edge))).Resolve(context => context.Source.Edges);
        Field("nodes", typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(nodeGraphType)))
            .Resolve(context => context.Source.Edges.Select(edge => edge.Node));
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(context => context.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(context => context.Source.TotalCount);
    }
}

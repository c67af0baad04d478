using GraphQL.Types;

namespace TelcoX.GraphQL.Conventions.Paging;

public sealed class EdgeGraphType : ObjectGraphType<ConnectionEdge>
{
    public EdgeGraphType(string name, Type nodeGraphType)
    {
        Name = $"{name}Edge";
        Description = "An edge in a connection.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(context => context.Source.Cursor);
        Field("node", typeof(NonNullGraphType<>).MakeGenericType(nodeGraphType)).Resolve(context => context.Source.Node);
    }
}

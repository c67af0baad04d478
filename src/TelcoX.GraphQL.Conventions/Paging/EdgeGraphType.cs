using GraphQL;
using GraphQL.Types;

namespace TelcoX.GraphQL.Conventions.Paging;

// Built per field (its name comes from the field), so the DI scan of graph types must skip it.
[DoNotRegister]
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

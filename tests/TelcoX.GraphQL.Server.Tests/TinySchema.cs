using GraphQL;
using GraphQL.Types;

namespace TelcoX.GraphQL.Server.Tests;

/// <summary>The smallest schema that exercises every transport: a query field and a subscription.</summary>
public sealed class TinySchema : Schema
{
    public TinySchema(IServiceProvider services, Messages messages) : base(services)
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<NonNullGraphType<StringGraphType>>("hello")
            .Argument<StringGraphType>("name")
            .Resolve(context => $"Hello, {context.GetArgument<string?>("name") ?? "world"}!");
        Query = query;

        var subscription = new ObjectGraphType { Name = "Subscription" };
        subscription.Field<NonNullGraphType<StringGraphType>>("onMessage")
            .Resolve(context => context.Source)
            .ResolveStream(_ => messages);
        Subscription = subscription;
    }
}

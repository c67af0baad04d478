using GraphQL;
using GraphQL.Types;
using TelcoX.GraphQL.Auth.Authorization;
using TelcoX.GraphQL.Conventions;

namespace TelcoX.GraphQL.Schema;

public sealed class TelcoSchema : global::GraphQL.Types.Schema
{
    private readonly ConventionTypeSharing conventionTypes = new();

    public TelcoSchema(IServiceProvider services, TelcoQuery query, TelcoMutation mutation, TelcoSubscription subscription) : base(services)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        // Same name as the built-in scalar, so it replaces it everywhere.
        RegisterType(new CanonicalDecimalGraphType());
        // An IDE's introspection query multiplies to millions under the page-size rule; introspection is
        // governed by GraphQL:Introspection instead (off in Production), and MaxDepth still applies.
        this.WithIntrospectionComplexityImpact(0);
    }

    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        conventionTypes.Share(graphType);
        SchemaAuthorization.Apply(graphType); // every field gets its rule from AuthorizationTable
        base.OnBeforeInitializeType(graphType);
    }
}

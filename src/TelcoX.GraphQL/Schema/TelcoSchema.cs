namespace TelcoX.GraphQL.Schema;

public sealed class TelcoSchema : global::GraphQL.Types.Schema
{
    public TelcoSchema(IServiceProvider services, TelcoQuery query, TelcoMutation mutation) : base(services)
    {
        Query = query;
        Mutation = mutation;
        // Same name as the built-in scalar, so it replaces it everywhere.
        RegisterType(new CanonicalDecimalGraphType());
    }
}

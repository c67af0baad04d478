namespace TelcoX.GraphQL.Tests.Conventions.Schema;

public sealed class ConventionsTestSchema : global::GraphQL.Types.Schema
{
    public ConventionsTestSchema() => Query = new ConventionsTestQuery();
}

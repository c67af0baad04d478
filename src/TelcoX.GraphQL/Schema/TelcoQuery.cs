using GraphQL.Types;
using TelcoX.GraphQL.Usage;

namespace TelcoX.GraphQL.Schema;

/// <summary>The root query type: each feature adds its own fields.</summary>
public sealed class TelcoQuery : ObjectGraphType
{
    public TelcoQuery()
    {
        Name = "Query";
        this.AddConsumptionQueries();
    }
}

using GraphQL.Types;
using TelcoX.GraphQL.Usage;

namespace TelcoX.GraphQL.Tests.Conventions.Schema;

public sealed class ConsumptionTestGraphType : ObjectGraphType<Consumption>
{
    public ConsumptionTestGraphType()
    {
        Name = "Consumption";
        Field(c => c.Balance);
        Field(c => c.Minutes);
    }
}

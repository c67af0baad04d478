using GraphQL.Types;

namespace TelcoX.GraphQL.Usage;

public sealed class SimulateConsumptionInputGraphType : InputObjectGraphType<SimulateConsumptionInput>
{
    public SimulateConsumptionInputGraphType()
    {
        Name = "SimulateConsumptionInput";
        Field(i => i.Msisdn, nullable: true).Description("One line; leave it out to simulate every line.");
    }
}

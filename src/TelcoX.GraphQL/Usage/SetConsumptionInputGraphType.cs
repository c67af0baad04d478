using GraphQL.Types;

namespace TelcoX.GraphQL.Usage;

public sealed class SetConsumptionInputGraphType : InputObjectGraphType<SetConsumptionInput>
{
    public SetConsumptionInputGraphType()
    {
        Name = "SetConsumptionInput";
        // Optional in the schema so that a missing msisdn gets seed 000's message.
        Field(i => i.Msisdn, nullable: true).Description("Required: the line to update.");
        Field(i => i.Balance, nullable: true).Description("New balance: not negative, at most two decimals.");
        Field(i => i.DataMb, nullable: true).Description("New data in MB: not negative, at most two decimals.");
        Field(i => i.Minutes, nullable: true).Description("New minutes: not negative.");
        Field(i => i.Name, nullable: true).Description("Renames the customer who holds the line.");
    }
}

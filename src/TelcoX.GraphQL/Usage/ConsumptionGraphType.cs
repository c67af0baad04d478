using GraphQL.Types;

namespace TelcoX.GraphQL.Usage;

public sealed class ConsumptionGraphType : ObjectGraphType<Consumption>
{
    public ConsumptionGraphType()
    {
        Name = "Consumption";
        Description = "What is left on a line: balance (money), data in MB and minutes.";
        Field(c => c.Id);
        Field(c => c.Balance).Description("Remaining balance, in the operator's currency.");
        Field(c => c.DataMb).Description("Remaining data in MB, two decimal places.");
        Field(c => c.Minutes).Description("Remaining voice minutes.");
        Field(c => c.UpdatedAt).Description("When any of the three last changed (UTC).");
    }
}

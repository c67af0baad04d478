using GraphQL.Types;

namespace TelcoX.GraphQL.Plans;

public sealed class PlanGraphType : ObjectGraphType<Plan>
{
    public PlanGraphType()
    {
        Name = "Plan";
        Description = "A catalogue plan: its fee and allowances are the limits a line is measured against.";
        Field(p => p.Id);
        Field(p => p.Name);
        Field(p => p.MonthlyFee).Description("Monthly fee; also the balance limit in a customer summary.");
        Field(p => p.DataMb).Description("Included data in MB.");
        Field(p => p.Minutes).Description("Included voice minutes.");
    }
}

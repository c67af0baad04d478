using GraphQL.Types;
using TelcoX.GraphQL.Billing;

namespace TelcoX.GraphQL.Usage;

public sealed class RechargeBalanceInputGraphType : InputObjectGraphType<RechargeBalanceInput>
{
    public RechargeBalanceInputGraphType()
    {
        Name = "RechargeBalanceInput";
        // Optional in the schema so that a missing msisdn gets seed 000's message.
        Field(i => i.Msisdn, nullable: true).Description("Required: the line to top up.");
        Field(i => i.Amount).Description("Greater than zero, at most two decimals.");
        Field<NonNullGraphType<PaymentMethodGraphType>>("method").Description("How the customer paid for the top-up.");
    }
}

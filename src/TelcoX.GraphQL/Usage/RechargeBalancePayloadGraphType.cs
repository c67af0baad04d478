using TelcoX.GraphQL.Mutations;
using TelcoX.GraphQL.Transactions;

namespace TelcoX.GraphQL.Usage;

public sealed class RechargeBalancePayloadGraphType : PayloadGraphType<RechargeBalancePayload>
{
    public RechargeBalancePayloadGraphType()
        : base("rechargeBalance", typeof(ValidationErrorGraphType), typeof(NotFoundErrorGraphType))
    {
        Field<ConsumptionGraphType>("consumption").Description("The consumption with the new balance.").Resolve(context => context.Source.Consumption);
        Field<TransactionGraphType>("transaction").Description("The RECHARGE entry in the customer's history.").Resolve(context => context.Source.Transaction);
    }
}

using TelcoX.GraphQL.Mutations;
using TelcoX.GraphQL.Transactions;

namespace TelcoX.GraphQL.Usage;

public sealed record RechargeBalancePayload(Consumption? Consumption, Transaction? Transaction) : Payload;

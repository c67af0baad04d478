using TelcoX.GraphQL.Billing;

namespace TelcoX.GraphQL.Usage;

/// <summary>A prepaid top-up: adds money to a line's balance and enters it in the customer's history.</summary>
public sealed record RechargeBalanceInput(string? Msisdn, decimal Amount, PaymentMethod Method);

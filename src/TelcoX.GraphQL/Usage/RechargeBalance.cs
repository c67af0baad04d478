using System.ComponentModel;
using System.Globalization;
using GraphQL;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Mutations;
using TelcoX.GraphQL.Transactions;
using static TelcoX.GraphQL.Auth.Authorization.Policies;

namespace TelcoX.GraphQL.Usage;

/// <summary>A prepaid top-up: adds money to a line's balance and enters it in the customer's history.</summary>
public sealed record RechargeBalanceInput(
    // Nullable in the schema so that a missing msisdn gets the rule's own message.
    [Description("Required: the line to top up.")] string? Msisdn,
    [Description("Greater than zero, at most two decimals.")] decimal Amount,
    [Description("How the customer paid for the top-up.")] PaymentMethod Method);

public sealed record RechargeBalancePayload(
    [Description("The consumption with the new balance.")] Consumption? Consumption,
    [Description("The RECHARGE entry in the customer's history.")] Transaction? Transaction) : Payload;

[Description("A prepaid top-up: adds to the line's balance and records a RECHARGE transaction.")]
[Authorize(Staff)]
[Error<ValidationError>, Error<NotFoundError>]
public sealed class RechargeBalance : Mutation<RechargeBalanceInput, RechargeBalancePayload>
{
    protected override async Task<RechargeBalancePayload> RunAsync(RechargeBalanceInput input, MutationScope scope)
    {
        var (db, now, ct) = (scope.Db, scope.Now, scope.Cancellation);
        if (string.IsNullOrWhiteSpace(input.Msisdn))
            throw new DomainException(new ValidationError(UsageErrors.MsisdnRequired, "msisdn"));
        if (input.Amount <= 0)
            throw new DomainException(new ValidationError("El monto de la recarga debe ser mayor que cero", "amount"));
        var amount = ConsumptionValues.Amount(input.Amount, "amount")!.Value;

        // Locked first, like every consumption change: concurrent top-ups all add up.
        var consumption = await ConsumptionLocks.LockAsync(db, input.Msisdn, ct);
        if (!Money.Fits(consumption.Balance + amount))
            throw new DomainException(new ValidationError($"El saldo no puede superar {Money.Format(Money.Max)}", "amount"));
        consumption.Balance += amount;
        consumption.UpdatedAt = now;
        var transaction = new Transaction
        {
            CustomerId = consumption.PhoneLine.CustomerId, Kind = TransactionKind.Recharge, Amount = amount, OccurredAt = now,
            Description = string.Create(CultureInfo.InvariantCulture,
                $"Recarga de {Money.Format(amount)} en la línea {consumption.PhoneLine.Msisdn} ({input.Method})"),
            Reference = consumption.PhoneLine.Msisdn,
        };
        db.Transactions.Add(transaction);
        await db.SaveChangesAsync(ct);
        return new RechargeBalancePayload(consumption, transaction) { Events = [new ConsumptionChanged(consumption.PhoneLine.Msisdn)] };
    }
}

using System.Globalization;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Mutations;
using TelcoX.GraphQL.Transactions;

namespace TelcoX.GraphQL.Usage;

public static class BalanceRecharge
{
    public static async Task<RechargeBalancePayload> RechargeAsync(TelcoDbContext db, RechargeBalanceInput input, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input.Msisdn))
            throw new DomainException(new ValidationError(UsageMessages.MsisdnRequired, "msisdn"));
        if (input.Amount <= 0)
            throw new DomainException(new ValidationError("El monto de la recarga debe ser mayor que cero", "amount"));
        var amount = ConsumptionValues.Amount(input.Amount, "amount")!.Value;

        // Locked first, like every consumption change: concurrent top-ups all add up.
        var consumption = await ConsumptionLocks.LockAsync(db, input.Msisdn, ct);
        if (!Money.Fits(consumption.Balance + amount))
            throw new DomainException(new ValidationError($"El saldo no puede superar {Money.Format(Money.Max)}", "amount"));
        var now = DateTime.UtcNow;
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
        return new RechargeBalancePayload(consumption, transaction);
    }
}

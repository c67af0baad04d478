using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Usage;

public static class ConsumptionUpdate
{
    /// <summary>Seed 000's direct update. Every value is checked before the row is locked.</summary>
    public static async Task<SetConsumptionPayload> SetAsync(TelcoDbContext db, SetConsumptionInput input, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input.Msisdn))
            throw new DomainException(new ValidationError(UsageMessages.MsisdnRequired, "msisdn"));
        var balance = ConsumptionValues.Amount(input.Balance, "balance");
        var dataMb = ConsumptionValues.Amount(input.DataMb, "dataMb");
        var minutes = ConsumptionValues.Minutes(input.Minutes);
        var name = input.Name is null ? null
            : CustomerRules.Required(input.Name, "name", CustomerRules.NameMax, "El nombre no puede quedar vacío");

        var consumption = await ConsumptionLocks.LockAsync(db, input.Msisdn, ct);
        var before = consumption.Balance;
        if (balance is { } newBalance) consumption.Balance = newBalance;
        if (dataMb is { } newDataMb) consumption.DataMb = newDataMb;
        if (minutes is { } newMinutes) consumption.Minutes = newMinutes;
        if (name is not null) consumption.PhoneLine.Customer.Name = name;
        consumption.UpdatedAt = DateTime.UtcNow;
        var raised = await UsageAlerts.LowBalanceAsync(db, consumption, before, ct);
        await db.SaveChangesAsync(ct);
        return new SetConsumptionPayload(consumption) { Raised = raised };
    }
}

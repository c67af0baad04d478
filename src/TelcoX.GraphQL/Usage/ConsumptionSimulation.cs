using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Mutations;
using TelcoX.GraphQL.Notifications;

namespace TelcoX.GraphQL.Usage;

public static class ConsumptionSimulation
{
    /// <summary>Seed 000's random mode: data −1…15 MB, minutes −0…3, balance −0.01…0.15, each floored at 0.</summary>
    public static async Task<SimulateConsumptionPayload> SimulateAsync(TelcoDbContext db, SimulateConsumptionInput input, CancellationToken ct)
    {
        if (input.Msisdn is not null && string.IsNullOrWhiteSpace(input.Msisdn))
            throw new DomainException(new ValidationError("msisdn no puede estar vacío; omítelo para simular todas las líneas", "msisdn"));
        var rows = input.Msisdn is null ? await ConsumptionLocks.LockAllAsync(db, ct) : [await ConsumptionLocks.LockAsync(db, input.Msisdn, ct)];

        var now = DateTime.UtcNow;
        var changed = new List<Consumption>();
        var raised = new List<Notification>();
        foreach (var consumption in rows)
        {
            var before = (consumption.Balance, consumption.DataMb, consumption.Minutes);
            consumption.DataMb = Math.Max(0m, consumption.DataMb - Random.Shared.Next(100, 1501) / 100m);
            consumption.Minutes = Math.Max(0, consumption.Minutes - Random.Shared.Next(0, 4));
            consumption.Balance = Math.Max(0m, consumption.Balance - Random.Shared.Next(1, 16) / 100m);
            if (before == (consumption.Balance, consumption.DataMb, consumption.Minutes))
                continue;
            consumption.UpdatedAt = now;
            changed.Add(consumption);
            raised.AddRange(await UsageAlerts.LowBalanceAsync(db, consumption, before.Balance, ct));
        }
        await db.SaveChangesAsync(ct);
        return new SimulateConsumptionPayload(changed) { Raised = raised };
    }
}

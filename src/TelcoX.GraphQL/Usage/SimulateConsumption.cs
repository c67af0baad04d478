using System.ComponentModel;
using GraphQL;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Mutations;
using TelcoX.GraphQL.Notifications;
using static TelcoX.GraphQL.Auth.Authorization.Policies;

namespace TelcoX.GraphQL.Usage;

/// <summary>The random mode; without an msisdn every line is simulated.</summary>
public sealed record SimulateConsumptionInput([Description("One line; leave it out to simulate every line.")] string? Msisdn);

public sealed record SimulateConsumptionPayload(
    [Description("The consumptions that changed, by id.")] IReadOnlyList<Consumption> Consumptions) : Payload
{
    [Description("How many lines changed; a line with nothing left to lower does not.")]
    public int Changed => Consumptions.Count;
}

[Description("Simulates usage: lowers data (1–15 MB), minutes (0–3) and balance (0.01–0.15) by random amounts, never below 0, on one line or on every line; returns the consumptions that changed.")]
[Authorize(Staff)]
[Error<ValidationError>, Error<NotFoundError>]
public sealed class SimulateConsumption : Mutation<SimulateConsumptionInput, SimulateConsumptionPayload>
{
    // Data −1…15 MB, minutes −0…3, balance −0.01…0.15, each floored at 0.
    protected override async Task<SimulateConsumptionPayload> RunAsync(SimulateConsumptionInput input, MutationScope scope)
    {
        var (db, now, ct) = (scope.Db, scope.Now, scope.Cancellation);
        if (input.Msisdn is not null && string.IsNullOrWhiteSpace(input.Msisdn))
            throw new DomainException(new ValidationError("msisdn no puede estar vacío; omítelo para simular todas las líneas", "msisdn"));
        await ConsumptionData.LockActivePlansAsync(db, input.Msisdn, ct);
        var rows = input.Msisdn is null ? await ConsumptionLocks.LockAllAsync(db, ct) : [await ConsumptionLocks.LockAsync(db, input.Msisdn, ct)];
        var plans = await ConsumptionData.ActivePlansAsync(db, [.. rows.Select(r => r.PhoneLineId)], ct);

        var changed = new List<Consumption>();
        var raised = new List<Notification>();
        foreach (var consumption in rows)
        {
            var before = (consumption.Balance, consumption.DataMb, consumption.Minutes);
            var lowerMb = Random.Shared.Next(100, 1501) / 100m;
            var plan = plans.GetValueOrDefault(consumption.PhoneLineId);
            var usedBytes = plan is null ? 0 : SimulatedUse(plan, lowerMb);
            consumption.DataMb = plan is null ? Math.Max(0m, consumption.DataMb - lowerMb) : LineDataPlans.RemainingMb(plan);
            consumption.Minutes = Math.Max(0, consumption.Minutes - Random.Shared.Next(0, 4));
            consumption.Balance = Math.Max(0m, consumption.Balance - Random.Shared.Next(1, 16) / 100m);
            if (before == (consumption.Balance, consumption.DataMb, consumption.Minutes))
                continue;
            consumption.UpdatedAt = now;
            changed.Add(consumption);
            raised.AddRange(await UsageAlerts.LowBalanceAsync(db, consumption, before.Balance, now, ct));
            if (plan is not null)
                raised.AddRange(await UsageAlerts.DataPlanLowAsync(db, consumption.PhoneLine, plan, usedBytes, now, ct));
        }
        await db.SaveChangesAsync(ct);
        IDomainEvent[] changes = [.. changed.Select(c => new ConsumptionChanged(c.PhoneLine.Msisdn))];
        return new SimulateConsumptionPayload(changed) { Events = [.. changes, .. raised.Raised()] };
    }

    /// <summary>
    /// Lowering a line's data is using its data plan: the bytes are booked as navigation and search, the
    /// category of usage with no app behind it, never past the plan's limit; returns the bytes booked.
    /// </summary>
    private static long SimulatedUse(DataPlan plan, decimal lowerMb)
    {
        var bytes = Math.Min(LineDataPlans.Bytes(lowerMb), Math.Max(0, plan.LimitBytes - plan.UsedBytes));
        if (bytes > 0)
            UsageCounters.AddTo(plan, UsageCategory.NavigationSearch, bytes);
        return bytes;
    }
}

using System.ComponentModel;
using System.Globalization;
using GraphQL;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Mutations;
using TelcoX.GraphQL.Notifications;
using static TelcoX.GraphQL.Auth.Authorization.Policies;

namespace TelcoX.GraphQL.Usage;

/// <summary>A direct update: only the fields given are set; <c>Name</c> renames the customer.</summary>
public sealed record SetConsumptionInput(
    // Nullable in the schema so that a missing msisdn gets the rule's own message.
    [Description("Required: the line to update.")] string? Msisdn,
    [Description("New balance: not negative, at most two decimals.")] decimal? Balance,
    [Description("New data in MB: not negative, at most two decimals.")] decimal? DataMb,
    [Description("New minutes: not negative.")] int? Minutes,
    [Description("Renames the customer who holds the line.")] string? Name);

public sealed record SetConsumptionPayload([Description("The consumption as it now stands.")] Consumption? Consumption) : Payload;

[Description("Sets a line's balance, data and minutes, and renames its customer: only the fields given change.")]
[Authorize(Staff)]
[Error<ValidationError>, Error<NotFoundError>]
public sealed class SetConsumption : Mutation<SetConsumptionInput, SetConsumptionPayload>
{
    // Every value is checked before the row is locked.
    protected override async Task<SetConsumptionPayload> RunAsync(SetConsumptionInput input, MutationScope scope)
    {
        var (db, now, ct) = (scope.Db, scope.Now, scope.Cancellation);
        if (string.IsNullOrWhiteSpace(input.Msisdn))
            throw new DomainException(new ValidationError(UsageErrors.MsisdnRequired, "msisdn"));
        var balance = ConsumptionValues.Amount(input.Balance, "balance");
        var dataMb = ConsumptionValues.Amount(input.DataMb, "dataMb");
        var minutes = ConsumptionValues.Minutes(input.Minutes);
        var name = input.Name is null ? null
            : CustomerRules.Required(input.Name, "name", CustomerRules.NameMax, "El nombre no puede quedar vacío");

        await ConsumptionData.LockActivePlansAsync(db, input.Msisdn, ct);
        var consumption = await ConsumptionLocks.LockAsync(db, input.Msisdn, ct);
        var before = consumption.Balance;
        if (balance is { } newBalance) consumption.Balance = newBalance;
        if (dataMb is { } newDataMb) consumption.DataMb = await SetDataAsync(db, consumption, newDataMb, ct);
        if (minutes is { } newMinutes) consumption.Minutes = newMinutes;
        if (name is not null) consumption.PhoneLine.Customer.Name = name;
        consumption.UpdatedAt = now;
        var raised = await UsageAlerts.LowBalanceAsync(db, consumption, before, now, ct);
        await db.SaveChangesAsync(ct);
        return new SetConsumptionPayload(consumption) { Events = [new ConsumptionChanged(consumption.PhoneLine.Msisdn), .. raised.Raised()] };
    }

    /// <summary>With an active data plan the data is what the plan has left, so the plan's usage is set to leave it.</summary>
    private static async Task<decimal> SetDataAsync(TelcoDbContext db, Consumption consumption, decimal dataMb, CancellationToken ct)
    {
        var plans = await ConsumptionData.ActivePlansAsync(db, [consumption.PhoneLineId], ct);
        if (!plans.TryGetValue(consumption.PhoneLineId, out var plan))
            return dataMb;
        var limitMb = ConsumptionData.LimitMb(plan);
        if (dataMb > limitMb)
            throw new DomainException(new ValidationError($"dataMb no puede superar los {limitMb.ToString("0.##", CultureInfo.InvariantCulture)} MB del plan de datos activo de la línea", "dataMb"));
        plan.UsedBytes = ConsumptionData.UsedBytesLeaving(plan, dataMb);
        return LineDataPlans.RemainingMb(plan);
    }
}

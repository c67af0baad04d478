using GraphQL;
using GraphQL.Types;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Mutations;
using TelcoX.GraphQL.Notifications;

namespace TelcoX.GraphQL.Usage;

public static class UsageMutations
{
    public static void AddUsageMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SetConsumptionPayloadGraphType>>("setConsumption")
            .Description("Sets a line's balance, data and minutes, and renames its customer: only the fields given change.")
            .Argument<NonNullGraphType<SetConsumptionInputGraphType>>("input")
            .ResolveAsync(context => context.InTransactionAsync(
                (db, ct) => ConsumptionUpdate.SetAsync(db, context.GetArgument<SetConsumptionInput>("input"), ct),
                () => new SetConsumptionPayload(null),
                payload => PublishAsync(context, [new ConsumptionChanged(payload.Consumption!.PhoneLine.Msisdn)], payload.Raised)));
        mutation.Field<NonNullGraphType<SimulateConsumptionPayloadGraphType>>("simulateConsumption")
            .Description("Simulates usage: lowers data (1–15 MB), minutes (0–3) and balance (0.01–0.15) by random amounts, never below 0, on one line or on every line; returns the consumptions that changed.")
            .Argument<NonNullGraphType<SimulateConsumptionInputGraphType>>("input")
            .ResolveAsync(context => context.InTransactionAsync(
                (db, ct) => ConsumptionSimulation.SimulateAsync(db, context.GetArgument<SimulateConsumptionInput>("input"), ct),
                () => new SimulateConsumptionPayload([]),
                payload => PublishAsync(context, [.. payload.Consumptions.Select(c => new ConsumptionChanged(c.PhoneLine.Msisdn))], payload.Raised)));
        mutation.Field<NonNullGraphType<RechargeBalancePayloadGraphType>>("rechargeBalance")
            .Description("A prepaid top-up: adds to the line's balance and records a RECHARGE transaction.")
            .Argument<NonNullGraphType<RechargeBalanceInputGraphType>>("input")
            .ResolveAsync(context => context.InTransactionAsync(
                (db, ct) => BalanceRecharge.RechargeAsync(db, context.GetArgument<RechargeBalanceInput>("input"), ct),
                () => new RechargeBalancePayload(null, null),
                payload => PublishAsync(context, [new ConsumptionChanged(payload.Consumption!.PhoneLine.Msisdn)], [])));
        mutation.Field<NonNullGraphType<RecordUsageEventPayloadGraphType>>("recordUsageEvent")
            .Description("Adds bytes to a category of the line's active data plan; an eventId already counted adds nothing.")
            .Argument<NonNullGraphType<RecordUsageEventInputGraphType>>("input")
            .ResolveAsync(async context =>
            {
                // Queued and written with whatever else is queued (group commit); the batcher publishes after commit.
                var batcher = context.RequestServices!.GetRequiredService<UsageEventBatcher>();
                try
                {
                    return await batcher.RecordAsync(context.GetArgument<RecordUsageEventInput>("input"), context.CancellationToken);
                }
                catch (DomainException exception)
                {
                    return new RecordUsageEventPayload(null, null, false, null) { Errors = [exception.Error] };
                }
            });
    }

    private static Task PublishAsync(IResolveFieldContext context, IReadOnlyList<IDomainEvent> changes, IReadOnlyList<Notification> raised) =>
        context.RequestServices!.GetRequiredService<EventBus>().PublishAsync(changes, raised);
}

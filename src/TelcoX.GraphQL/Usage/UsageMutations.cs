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
            .Description("Seed 000's direct update: sets only the given balance, data, minutes and customer name.")
            .Argument<NonNullGraphType<SetConsumptionInputGraphType>>("input")
            .ResolveAsync(context => context.InTransactionAsync(
                (db, ct) => ConsumptionUpdate.SetAsync(db, context.GetArgument<SetConsumptionInput>("input"), ct),
                () => new SetConsumptionPayload(null),
                payload => PublishAsync(context, [new ConsumptionChanged(payload.Consumption!.PhoneLine.Msisdn)], payload.Raised)));
        mutation.Field<NonNullGraphType<SimulateConsumptionPayloadGraphType>>("simulateConsumption")
            .Description("Seed 000's random mode: lowers data, minutes and balance of one line or of every line.")
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
            .Description("Seed 001's usage event: adds bytes to a category of the line's active data plan, once per event id.")
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

using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Server.Subscriptions;

namespace TelcoX.GraphQL.Usage;

public static class UsageSubscriptions
{
    public static void AddUsageSubscriptions(this ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<UsageSnapshotGraphType>>("onUsageUpdated")
            .Description("A line's consumption and data plan, pushed after every usage event or consumption change.")
            .Argument<NonNullGraphType<StringGraphType>>("msisdn")
            .ResolveAsync(context => context.ReadOncePerEventAsync((db, ct) => SnapshotAsync(db, ((IDomainEvent)context.Source!).Key, ct)))
            .ResolveStreamAsync(async context =>
            {
                var msisdn = context.GetArgument<string>("msisdn");
                await context.QueryAsync((db, ct) => db.LineByMsisdnAsync(msisdn, ct)); // unknown: "Cliente no encontrado" at once
                var bus = context.RequestServices!.GetRequiredService<EventBus>();
                return new MergedObservable<IDomainEvent>(bus.Subscribe<UsageUpdated>(msisdn), bus.Subscribe<ConsumptionChanged>(msisdn));
            });
        subscription.Field<NonNullGraphType<ConsumptionGraphType>>("onConsumptionChanged")
            .Description("A line's consumption after each change; every line's when no msisdn is given (the admin's view).")
            .Argument<StringGraphType>("msisdn")
            .ResolveAsync(context => context.ReadOncePerEventAsync((db, ct) => ConsumptionAsync(db, ((ConsumptionChanged)context.Source!).Msisdn, ct)))
            .ResolveStream(context => context.RequestServices!.GetRequiredService<EventBus>()
                .Subscribe<ConsumptionChanged>(context.GetArgument<string?>("msisdn")));
    }

    // Read afresh for each event: the event only says what changed, the database says what it is now.
    private static async Task<UsageSnapshot> SnapshotAsync(TelcoDbContext db, string msisdn, CancellationToken ct)
    {
        var line = await db.LineByMsisdnAsync(msisdn, ct);
        var consumption = await db.Consumptions.AsNoTracking().SingleOrDefaultAsync(c => c.PhoneLineId == line.Id, ct);
        return new UsageSnapshot(msisdn, consumption, await db.ActiveDataPlanAsync(line.Id, ct));
    }

    private static async Task<Consumption> ConsumptionAsync(TelcoDbContext db, string msisdn, CancellationToken ct) =>
        await db.Consumptions.AsNoTracking().SingleOrDefaultAsync(c => c.PhoneLine.Msisdn == msisdn, ct) ?? throw UsageErrors.NoConsumption();
}

using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Plans;
using TelcoX.GraphQL.Usage;

namespace TelcoX.GraphQL.Customers;

public sealed class PhoneLineGraphType : ObjectGraphType<PhoneLine>
{
    public PhoneLineGraphType()
    {
        Name = "PhoneLine";
        Description = "A customer's phone line, known by its msisdn.";
        Field(l => l.Id);
        Field(l => l.Msisdn).Description("The number exactly as registered: 5–15 digits with an optional leading '+'.");
        Field(l => l.ProductType, type: typeof(NonNullGraphType<ProductTypeGraphType>));
        Field(l => l.CreatedAt);
        Field<NonNullGraphType<CustomerGraphType>>("customer").ResolveAsync(CustomerAsync);
        Field<PlanGraphType>("plan").Description("The catalogue plan, if the line has one.").ResolveAsync(PlanAsync);
        Field<ConsumptionGraphType>("consumption")
            .Description("What is left on the line; null when it has no consumption yet.").ResolveAsync(ConsumptionAsync);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataPlanGraphType>>>>("dataPlans")
            .Description("The line's data allowances, newest first.").ResolveAsync(DataPlansAsync);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UsageEventGraphType>>>>("usageEvents")
            .Description("Recorded data usage, newest first.").ResolveAsync(UsageEventsAsync);
    }

    // One query per parent for now; each is a function of its own so a DataLoader can replace it.
    private static Task<object?> CustomerAsync(IResolveFieldContext<PhoneLine> context) =>
        context.QueryAsync((db, ct) => db.Customers.AsNoTracking().SingleAsync(c => c.Id == context.Source.CustomerId, ct));

    private static Task<object?> PlanAsync(IResolveFieldContext<PhoneLine> context) =>
        context.Source.PlanId is not { } planId
            ? Task.FromResult<object?>(null)
            : context.QueryAsync((db, ct) => db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, ct));

    private static Task<object?> ConsumptionAsync(IResolveFieldContext<PhoneLine> context) =>
        context.QueryAsync((db, ct) => db.Consumptions.AsNoTracking().SingleOrDefaultAsync(c => c.PhoneLineId == context.Source.Id, ct));

    private static Task<object?> DataPlansAsync(IResolveFieldContext<PhoneLine> context) =>
        context.QueryAsync((db, ct) => db.DataPlans.AsNoTracking().Where(p => p.PhoneLineId == context.Source.Id)
            .OrderByDescending(p => p.StartAt).ThenByDescending(p => p.Id).ToListAsync(ct));

    private static Task<object?> UsageEventsAsync(IResolveFieldContext<PhoneLine> context) =>
        context.QueryAsync((db, ct) => db.UsageEvents.AsNoTracking().Where(e => e.PhoneLineId == context.Source.Id)
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).ToListAsync(ct));
}

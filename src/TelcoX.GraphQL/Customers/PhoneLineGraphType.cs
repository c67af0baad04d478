using GraphQL.Types;
using TelcoX.GraphQL.Conventions;
using TelcoX.GraphQL.Conventions.DataLoaders;
using TelcoX.GraphQL.Conventions.Projection;
using TelcoX.GraphQL.Conventions.Sorting;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Plans;
using TelcoX.GraphQL.Usage;

namespace TelcoX.GraphQL.Customers;

public sealed class PhoneLineGraphType : ObjectGraphType<PhoneLine>
{
    public PhoneLineGraphType()
    {
        var customerById = BatchedRows.By(db => db.Customers, customer => customer.Id);
        var planById = BatchedRows.By(db => db.Plans, p => p.Id);
        var consumptionByPhoneLineId = BatchedRows.By(db => db.Consumptions, consumption => consumption.PhoneLineId);
        Name = "PhoneLine";
        Description = "A customer's phone line, known by its msisdn.";
        Field(l => l.Id);
        Field(l => l.Msisdn).Description("The number exactly as registered: 5–15 digits with an optional leading '+'.");
        Field(l => l.ProductType, type: typeof(NonNullGraphType<ProductTypeGraphType>));
        Field(l => l.CreatedAt);
        Field<NonNullGraphType<CustomerGraphType>>("customer").Requires(l => l.CustomerId)
            .Resolve(c => customerById.One(c, c.Source.CustomerId));
        Field<PlanGraphType>("plan").Description("The catalogue plan, if the line has one.").Requires(l => l.PlanId)
            .Resolve(c => c.Source.PlanId is { } planId ? planById.One(c, planId) : null);
        Field<ConsumptionGraphType>("consumption").Description("What is left on the line; null when it has no consumption yet.").Requires(l => l.Id)
            .Resolve(c => consumptionByPhoneLineId.One(c, c.Source.Id));
        this.ListPerParent<DataPlanGraphType, DataPlan, PhoneLine, int>("dataPlans", db => db.DataPlans, p => p.PhoneLineId, l => l.Id,
                ("startAt", SortEnumType.Desc), ("id", SortEnumType.Desc))
            .Description = "The line's data allowances, newest first unless ordered; filtered and sorted in SQL, batched across lines.";
        this.ListPerParent<UsageEventGraphType, UsageEvent, PhoneLine, int>("usageEvents", db => db.UsageEvents, e => e.PhoneLineId, l => l.Id,
                ("occurredAt", SortEnumType.Desc), ("id", SortEnumType.Desc))
            .Description = "Recorded data usage, newest first unless ordered; filtered and sorted in SQL, batched across lines.";
    }
}

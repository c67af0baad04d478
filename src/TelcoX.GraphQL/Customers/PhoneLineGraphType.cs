using GraphQL.Types;
using TelcoX.GraphQL.Conventions.DataLoaders;
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
        Field<NonNullGraphType<CustomerGraphType>>("customer")
            .Resolve(c => c.LoadOne(c.Source.CustomerId, db => db.Customers, customer => customer.Id));
        Field<PlanGraphType>("plan").Description("The catalogue plan, if the line has one.")
            .Resolve(c => c.Source.PlanId is { } planId ? c.LoadOne(planId, db => db.Plans, p => p.Id) : null);
        Field<ConsumptionGraphType>("consumption").Description("What is left on the line; null when it has no consumption yet.")
            .Resolve(c => c.LoadOne(c.Source.Id, db => db.Consumptions, consumption => consumption.PhoneLineId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataPlanGraphType>>>>("dataPlans")
            .Description("The line's data allowances, newest first.")
            .Resolve(c => c.LoadMany(c.Source.Id, db => db.DataPlans.OrderByDescending(p => p.StartAt).ThenByDescending(p => p.Id), p => p.PhoneLineId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UsageEventGraphType>>>>("usageEvents")
            .Description("Recorded data usage, newest first.")
            .Resolve(c => c.LoadMany(c.Source.Id, db => db.UsageEvents.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id), e => e.PhoneLineId));
    }
}

using GraphQL.Types;
using TelcoX.GraphQL.Conventions.DataLoaders;
using TelcoX.GraphQL.Conventions.Projection;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Usage;

public sealed class UsageEventGraphType : ObjectGraphType<UsageEvent>
{
    public UsageEventGraphType()
    {
        var phoneLineById = BatchedRows.By(db => db.PhoneLines, l => l.Id);
        Name = "UsageEvent";
        Description = "One recorded data usage event.";
        Field(e => e.Id);
        Field(e => e.Category, type: typeof(NonNullGraphType<UsageCategoryGraphType>));
        Field(e => e.Bytes);
        Field(e => e.EventId, nullable: true).Description("The client's idempotency key, if it sent one.");
        Field(e => e.OccurredAt);
        Field<NonNullGraphType<PhoneLineGraphType>>("line").Requires(e => e.PhoneLineId)
            .Resolve(c => phoneLineById.One(c, c.Source.PhoneLineId));
    }
}

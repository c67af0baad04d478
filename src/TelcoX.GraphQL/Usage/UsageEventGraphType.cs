using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Usage;

public sealed class UsageEventGraphType : ObjectGraphType<UsageEvent>
{
    public UsageEventGraphType()
    {
        Name = "UsageEvent";
        Description = "One recorded data usage event.";
        Field(e => e.Id);
        Field(e => e.Category, type: typeof(NonNullGraphType<UsageCategoryGraphType>));
        Field(e => e.Bytes);
        Field(e => e.EventId, nullable: true).Description("The client's idempotency key, if it sent one.");
        Field(e => e.OccurredAt);
        Field<NonNullGraphType<PhoneLineGraphType>>("line").ResolveAsync(LineAsync);
    }

    // One query per parent for now; a function of its own so a DataLoader can replace it.
    private static Task<object?> LineAsync(IResolveFieldContext<UsageEvent> context) =>
        context.QueryAsync((db, ct) => db.PhoneLines.AsNoTracking().SingleAsync(l => l.Id == context.Source.PhoneLineId, ct));
}

using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Usage;

public sealed class ConsumptionGraphType : ObjectGraphType<Consumption>
{
    public ConsumptionGraphType()
    {
        Name = "Consumption";
        Description = "What is left on a line: balance (money), data in MB and minutes.";
        Field(c => c.Id);
        Field(c => c.Balance).Description("Remaining balance, in the operator's currency.");
        Field(c => c.DataMb).Description("Remaining data in MB, two decimal places.");
        Field(c => c.Minutes).Description("Remaining voice minutes.");
        Field(c => c.UpdatedAt).Description("When any of the three last changed (UTC).");
        Field<NonNullGraphType<PhoneLineGraphType>>("line").ResolveAsync(LineAsync);
        Field<NonNullGraphType<CustomerGraphType>>("customer").Description("The customer who holds the line.").ResolveAsync(CustomerAsync);
    }

    // One query per parent for now; each is a function of its own so a DataLoader can replace it.
    private static Task<object?> LineAsync(IResolveFieldContext<Consumption> context) =>
        context.QueryAsync((db, ct) => db.PhoneLines.AsNoTracking().SingleAsync(l => l.Id == context.Source.PhoneLineId, ct));

    private static Task<object?> CustomerAsync(IResolveFieldContext<Consumption> context) =>
        context.QueryAsync((db, ct) => db.PhoneLines.AsNoTracking()
            .Where(l => l.Id == context.Source.PhoneLineId).Select(l => l.Customer).SingleAsync(ct));
}

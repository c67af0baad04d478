using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Usage;

namespace TelcoX.GraphQL.Customers;

public static class CustomerSummaryQueries
{
    private const int LatestEventCount = 10;

    public static void AddCustomerSummaryQueries(this ObjectGraphType query) =>
        query.Field<CustomerSummaryGraphType>("customerSummary")
            .Description("Seed 001's summary of one line, by msisdn.")
            .Argument<NonNullGraphType<StringGraphType>>("msisdn")
            .ResolveAsync(context => context.QueryAsync((db, ct) => SummaryAsync(db, context.GetArgument<string>("msisdn"), ct)));

    // Sequential reads on one context: they belong to one field, so nothing runs in parallel here.
    private static async Task<CustomerSummary> SummaryAsync(TelcoDbContext db, string msisdn, CancellationToken ct)
    {
        var line = await db.PhoneLines.AsNoTracking()
            .Include(l => l.Customer).Include(l => l.Plan).Include(l => l.Consumption)
            .SingleOrDefaultAsync(l => l.Msisdn == msisdn, ct) ?? throw CustomerErrors.UnknownMsisdn();
        var dataPlan = await db.ActiveDataPlanAsync(line.Id, ct);
        var unpaid = await db.Invoices.AsNoTracking()
            .Where(i => i.PhoneLineId == line.Id && i.StoredStatus == InvoiceStatus.Unpaid)
            .OrderBy(i => i.DueDate).ThenBy(i => i.Id).ToListAsync(ct);
        var events = await db.UsageEvents.AsNoTracking().Where(e => e.PhoneLineId == line.Id)
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).Take(LatestEventCount).ToListAsync(ct);
        return new CustomerSummary(line.Customer, line, line.Plan, line.Consumption, dataPlan, unpaid, events);
    }
}

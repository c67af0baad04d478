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
            .Description("One line at a glance, by msisdn: customer, plan, consumption, data plan, unpaid invoices and latest usage.")
            .Argument<NonNullGraphType<StringGraphType>>("msisdn")
            .ResolveAsync(context => context.QueryAsync((db, ct) => SummaryAsync(db, context.GetArgument<string>("msisdn"), ct)));

    // Sequential reads on one context: they belong to one field, so nothing runs in parallel here.
    private static async Task<CustomerSummary> SummaryAsync(TelcoDbContext db, string msisdn, CancellationToken ct)
    {
        var line = await LineByMsisdn(db, msisdn, ct) ?? throw CustomerErrors.UnknownMsisdn();
        var dataPlan = await db.ActiveDataPlanAsync(line.Id, ct);
        var unpaid = await UnpaidInvoices(db, line.Id).ToListAsync(ct);
        var events = await LatestEvents(db, line.Id).ToListAsync(ct);
        return new CustomerSummary(line.Customer, line, line.Plan, line.Consumption, dataPlan, unpaid, events);
    }

    // Compiled once: the summary is a hot, fixed read, and EF otherwise rebuilds, hashes and looks up
    // each LINQ tree on every call. The row scope (query filters) still applies per context.
    private static readonly Func<TelcoDbContext, string, CancellationToken, Task<PhoneLine?>> LineByMsisdn =
        EF.CompileAsyncQuery((TelcoDbContext db, string msisdn, CancellationToken ct) => db.PhoneLines.AsNoTracking()
            .Include(l => l.Customer).Include(l => l.Plan).Include(l => l.Consumption)
            .SingleOrDefault(l => l.Msisdn == msisdn));

    private static readonly Func<TelcoDbContext, int, IAsyncEnumerable<Invoice>> UnpaidInvoices =
        EF.CompileAsyncQuery<TelcoDbContext, int, Invoice>((db, lineId) => db.Invoices.AsNoTracking()
            .Where(i => i.PhoneLineId == lineId && i.StoredStatus == InvoiceStatus.Unpaid)
            .OrderBy(i => i.DueDate).ThenBy(i => i.Id));

    private static readonly Func<TelcoDbContext, int, IAsyncEnumerable<UsageEvent>> LatestEvents =
        EF.CompileAsyncQuery<TelcoDbContext, int, UsageEvent>((db, lineId) => db.UsageEvents.AsNoTracking().Where(e => e.PhoneLineId == lineId)
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).Take(LatestEventCount));
}

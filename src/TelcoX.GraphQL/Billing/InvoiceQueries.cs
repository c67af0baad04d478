using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Conventions;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Schema;

namespace TelcoX.GraphQL.Billing;

public static class InvoiceQueries
{
    public static void AddInvoiceQueries(this ObjectGraphType query)
    {
        query.Field<InvoiceGraphType>("invoice")
            .Description("One invoice, by number.")
            .Argument<NonNullGraphType<StringGraphType>>("number")
            .ResolveAsync(InvoiceAsync);
        // A nullable list: an unknown key nulls this field only, not the whole response.
        query.Field<ListGraphType<NonNullGraphType<InvoiceGraphType>>>("invoicesByContract")
            .Description("A customer's invoices by contract number, newest period first.")
            .Argument<NonNullGraphType<StringGraphType>>("contractNumber")
            .ResolveAsync(InvoicesByContractAsync);
        query.Field<ListGraphType<NonNullGraphType<InvoiceGraphType>>>("billingHistory")
            .Description("A line's invoices by msisdn, newest period first.")
            .Argument<NonNullGraphType<StringGraphType>>("msisdn")
            .ResolveAsync(BillingHistoryAsync);
        query.Connection<InvoiceGraphType, Invoice>("invoices", db => db.Invoices)
            .Description = "Invoices, filtered, sorted and paged; by id unless ordered. status filters as derived (OVERDUE).";
    }

    private static Task<object?> InvoiceAsync(IResolveFieldContext<object?> context)
    {
        var number = context.GetArgument<string>("number");
        return context.OneOrNotFoundAsync(db => db.Invoices.Where(i => i.Number == number), $"Invoice {number} not found");
    }

    private static Task<object?> InvoicesByContractAsync(IResolveFieldContext<object?> context)
    {
        var contractNumber = context.GetArgument<string>("contractNumber");
        return context.QueryAsync(async (db, ct) =>
        {
            var customerId = await db.Customers.Where(c => c.ContractNumber == contractNumber).Select(c => (int?)c.Id).SingleOrDefaultAsync(ct)
                ?? throw GraphQLErrors.NotFound($"Contract {contractNumber} not found");
            return await NewestPeriodFirst(db.Invoices.AsNoTracking().Where(i => i.CustomerId == customerId)).ToListAsync(ct);
        });
    }

    private static Task<object?> BillingHistoryAsync(IResolveFieldContext<object?> context)
    {
        var msisdn = context.GetArgument<string>("msisdn");
        return context.QueryAsync(async (db, ct) =>
        {
            var line = await db.LineByMsisdnAsync(msisdn, ct);
            return await NewestPeriodFirst(db.Invoices.AsNoTracking().Where(i => i.PhoneLineId == line.Id)).ToListAsync(ct);
        });
    }

    private static IQueryable<Invoice> NewestPeriodFirst(IQueryable<Invoice> invoices) =>
        invoices.OrderByDescending(i => i.Period).ThenByDescending(i => i.Id);
}

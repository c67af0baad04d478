using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Channels;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Transactions;

namespace TelcoX.GraphQL.Customers;

public sealed class CustomerGraphType : ObjectGraphType<Customer>
{
    public CustomerGraphType()
    {
        Name = "Customer";
        Description = "A customer of the operator, with their lines, messages, invoices and history.";
        Field(c => c.Id);
        Field(c => c.Name);
        Field(c => c.Dni, nullable: true).Description("National id (cédula); unique when given.");
        Field(c => c.Email, nullable: true);
        Field(c => c.ServiceType).Description("Free text such as \"prepago\", \"soporte\" or \"PQRS\".");
        Field(c => c.ContractNumber).Description("Unique contract number, printed on invoices.");
        Field(c => c.CreatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PhoneLineGraphType>>>>("lines")
            .Description("The customer's phone lines, oldest first.").ResolveAsync(LinesAsync);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChannelGraphType>>>>("channels")
            .Description("E-mails and calls with the customer, newest first.").ResolveAsync(ChannelsAsync);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InvoiceGraphType>>>>("invoices")
            .Description("The customer's invoices, newest period first.").ResolveAsync(InvoicesAsync);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TransactionGraphType>>>>("transactions")
            .Description("Payments, coupons, purchases and recharges, newest first.").ResolveAsync(TransactionsAsync);
    }

    // One query per parent for now; each is a function of its own so a DataLoader can replace it.
    private static Task<object?> LinesAsync(IResolveFieldContext<Customer> context) =>
        context.QueryAsync((db, ct) => db.PhoneLines.AsNoTracking()
            .Where(l => l.CustomerId == context.Source.Id).OrderBy(l => l.Id).ToListAsync(ct));

    private static Task<object?> ChannelsAsync(IResolveFieldContext<Customer> context) =>
        context.QueryAsync((db, ct) => db.Channels.AsNoTracking()
            .Where(c => c.CustomerId == context.Source.Id)
            .OrderByDescending(c => c.Timestamp).ThenByDescending(c => c.Id).ToListAsync(ct));

    private static Task<object?> InvoicesAsync(IResolveFieldContext<Customer> context) =>
        context.QueryAsync((db, ct) => db.Invoices.AsNoTracking()
            .Where(i => i.CustomerId == context.Source.Id)
            .OrderByDescending(i => i.Period).ThenByDescending(i => i.Id).ToListAsync(ct));

    private static Task<object?> TransactionsAsync(IResolveFieldContext<Customer> context) =>
        context.QueryAsync((db, ct) => db.Transactions.AsNoTracking()
            .Where(t => t.CustomerId == context.Source.Id)
            .OrderByDescending(t => t.OccurredAt).ThenByDescending(t => t.Id).ToListAsync(ct));
}

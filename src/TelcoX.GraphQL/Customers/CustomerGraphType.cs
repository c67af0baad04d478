using GraphQL.Types;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Channels;
using TelcoX.GraphQL.Conventions;
using TelcoX.GraphQL.Conventions.DataLoaders;
using TelcoX.GraphQL.Conventions.Sorting;
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
            .Description("The customer's phone lines, oldest first.")
            .Resolve(c => c.LoadMany(c.Source.Id, db => db.PhoneLines.OrderBy(l => l.Id), l => l.CustomerId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChannelGraphType>>>>("channels")
            .Description("E-mails and calls with the customer, newest first.")
            .Resolve(c => c.LoadMany(c.Source.Id, db => db.Channels.OrderByDescending(m => m.Timestamp).ThenByDescending(m => m.Id), m => m.CustomerId));
        this.ConnectionPerParent<InvoiceGraphType, Invoice, Customer, int>("invoices", db => db.Invoices, i => i.CustomerId, c => c.Id,
                ("period", SortEnumType.Desc), ("id", SortEnumType.Desc))
            .Description = "The customer's invoices, newest period first unless ordered; paged per customer, batched across customers.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TransactionGraphType>>>>("transactions")
            .Description("Payments, coupons, purchases and recharges, newest first.")
            .Resolve(c => c.LoadMany(c.Source.Id, db => db.Transactions.OrderByDescending(t => t.OccurredAt).ThenByDescending(t => t.Id), t => t.CustomerId));
    }
}

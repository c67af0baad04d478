using GraphQL.Types;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Channels;
using TelcoX.GraphQL.Conventions;
using TelcoX.GraphQL.Conventions.DataLoaders;
using TelcoX.GraphQL.Conventions.Sorting;
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
        this.ListPerParent<PhoneLineGraphType, PhoneLine, Customer, int>("lines", db => db.PhoneLines, l => l.CustomerId, c => c.Id,
                ("id", SortEnumType.Asc))
            .Description = "The customer's phone lines, oldest first unless ordered; filtered and sorted in SQL, batched across customers.";
        this.ListPerParent<ChannelGraphType, Channel, Customer, int>("channels", db => db.Channels, m => m.CustomerId, c => c.Id,
                ("timestamp", SortEnumType.Desc), ("id", SortEnumType.Desc))
            .Description = "E-mails and calls with the customer, newest first unless ordered; filtered and sorted in SQL, batched across customers.";
        this.ConnectionPerParent<InvoiceGraphType, Invoice, Customer, int>("invoices", db => db.Invoices, i => i.CustomerId, c => c.Id,
                ("period", SortEnumType.Desc), ("id", SortEnumType.Desc))
            .Description = "The customer's invoices, newest period first unless ordered; paged per customer, batched across customers.";
        this.ListPerParent<TransactionGraphType, Transaction, Customer, int>("transactions", db => db.Transactions, t => t.CustomerId, c => c.Id,
                ("occurredAt", SortEnumType.Desc), ("id", SortEnumType.Desc))
            .Description = "Payments, coupons, purchases and recharges, newest first unless ordered; filtered and sorted in SQL, batched across customers.";
    }
}

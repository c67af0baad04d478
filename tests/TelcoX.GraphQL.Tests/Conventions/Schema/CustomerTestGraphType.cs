using GraphQL.Types;
using TelcoX.GraphQL.Conventions.DataLoaders;
using TelcoX.GraphQL.Customers;

namespace TelcoX.GraphQL.Tests.Conventions.Schema;

public sealed class CustomerTestGraphType : ObjectGraphType<Customer>
{
    public CustomerTestGraphType()
    {
        Name = "Customer";
        Field(c => c.Id);
        Field(c => c.Name);
        Field(c => c.Dni, nullable: true);
        Field(c => c.Email, nullable: true);
        Field(c => c.CreatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PhoneLineTestGraphType>>>>("lines")
            .Resolve(context => context.LoadMany(context.Source.Id, db => db.PhoneLines.OrderBy(l => l.Id), l => l.CustomerId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InvoiceTestGraphType>>>>("invoices")
            .Resolve(context => context.LoadMany(context.Source.Id, db => db.Invoices.OrderBy(i => i.Id), i => i.CustomerId));
    }
}

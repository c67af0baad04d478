using GraphQL.Types;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Conventions;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Data;

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
        this.ListPerParent<PhoneLineTestGraphType, PhoneLine, Customer, int>("lines", db => db.PhoneLines, l => l.CustomerId, c => c.Id);
        this.ListPerParent<InvoiceTestGraphType, Invoice, Customer, int>("invoices", db => db.Invoices, i => i.CustomerId, c => c.Id);
    }
}

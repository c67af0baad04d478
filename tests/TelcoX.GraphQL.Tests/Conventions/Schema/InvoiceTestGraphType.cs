using GraphQL.Types;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Conventions.DataLoaders;

namespace TelcoX.GraphQL.Tests.Conventions.Schema;

public sealed class InvoiceTestGraphType : ObjectGraphType<Invoice>
{
    public InvoiceTestGraphType()
    {
        Name = "Invoice";
        Field(i => i.Id);
        Field(i => i.Number);
        Field(i => i.Total);
        Field(i => i.DueDate);
        Field<NonNullGraphType<EnumerationGraphType<InvoiceStatus>>>("status").Resolve(context => context.Source.StatusAt(ConventionsSeed.Now));
        Field<NonNullGraphType<CustomerTestGraphType>>("customer")
            .Resolve(context => context.LoadOne(context.Source.CustomerId, db => db.Customers, c => c.Id));
    }
}

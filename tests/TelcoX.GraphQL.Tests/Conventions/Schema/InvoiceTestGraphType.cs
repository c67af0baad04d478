using GraphQL.Types;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Conventions.DataLoaders;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Tests.Conventions.Schema;

public sealed class InvoiceTestGraphType : ObjectGraphType<Invoice>
{
    public InvoiceTestGraphType()
    {
        var customerById = BatchedRows.By(db => db.Customers, c => c.Id);
        Name = "Invoice";
        Field(i => i.Id);
        Field(i => i.Number);
        Field(i => i.Total);
        Field(i => i.DueDate);
        Field<NonNullGraphType<EnumerationGraphType<InvoiceStatus>>>("status").Resolve(context => context.Source.StatusAt(ConventionsSeed.Now));
        Field<NonNullGraphType<CustomerTestGraphType>>("customer")
            .Resolve(context => customerById.One(context, context.Source.CustomerId));
    }
}

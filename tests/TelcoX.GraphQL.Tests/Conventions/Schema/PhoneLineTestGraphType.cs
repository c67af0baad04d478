using GraphQL.Types;
using TelcoX.GraphQL.Conventions.DataLoaders;
using TelcoX.GraphQL.Customers;

namespace TelcoX.GraphQL.Tests.Conventions.Schema;

public sealed class PhoneLineTestGraphType : ObjectGraphType<PhoneLine>
{
    public PhoneLineTestGraphType()
    {
        Name = "PhoneLine";
        Field(l => l.Id);
        Field(l => l.Msisdn);
        Field<NonNullGraphType<EnumerationGraphType<ProductType>>>("productType").Resolve(context => context.Source.ProductType);
        Field<ConsumptionTestGraphType>("consumption")
            .Resolve(context => context.LoadOne(context.Source.Id, db => db.Consumptions, c => c.PhoneLineId));
        Field<NonNullGraphType<CustomerTestGraphType>>("customer")
            .Resolve(context => context.LoadOne(context.Source.CustomerId, db => db.Customers, c => c.Id));
    }
}

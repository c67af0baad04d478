using GraphQL.Types;
using TelcoX.GraphQL.Conventions.DataLoaders;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Tests.Conventions.Schema;

public sealed class PhoneLineTestGraphType : ObjectGraphType<PhoneLine>
{
    public PhoneLineTestGraphType()
    {
        var consumptionByPhoneLineId = BatchedRows.By(db => db.Consumptions, c => c.PhoneLineId);
        var customerById = BatchedRows.By(db => db.Customers, c => c.Id);
        Name = "PhoneLine";
        Field(l => l.Id);
        Field(l => l.Msisdn);
        Field<NonNullGraphType<EnumerationGraphType<ProductType>>>("productType").Resolve(context => context.Source.ProductType);
        Field<ConsumptionTestGraphType>("consumption")
            .Resolve(context => consumptionByPhoneLineId.One(context, context.Source.Id));
        Field<NonNullGraphType<CustomerTestGraphType>>("customer")
            .Resolve(context => customerById.One(context, context.Source.CustomerId));
    }
}

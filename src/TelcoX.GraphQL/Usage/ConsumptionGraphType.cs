using GraphQL.Types;
using TelcoX.GraphQL.Conventions.DataLoaders;
using TelcoX.GraphQL.Conventions.Projection;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Usage;

public sealed class ConsumptionGraphType : ObjectGraphType<Consumption>
{
    public ConsumptionGraphType()
    {
        var phoneLineById = BatchedRows.By(db => db.PhoneLines, l => l.Id);
        var lineCustomerByLineId = BatchedRows.By(db => db.PhoneLines.Select(l => new LineCustomer { LineId = l.Id, Customer = l.Customer }), h => h.LineId);
        Name = "Consumption";
        Description = "What is left on a line: balance (money), data in MB and minutes.";
        Field(c => c.Id);
        Field(c => c.Balance).Description("Remaining balance, in the operator's currency.");
        Field(c => c.DataMb).Description("Remaining data in MB, two decimal places.");
        Field(c => c.Minutes).Description("Remaining voice minutes.");
        Field(c => c.UpdatedAt).Description("When any of the three last changed (UTC).");
        Field<NonNullGraphType<PhoneLineGraphType>>("line").Requires(c => c.PhoneLineId)
            .Resolve(c => phoneLineById.One(c, c.Source.PhoneLineId));
        Field<NonNullGraphType<CustomerGraphType>>("customer").Description("The customer who holds the line.").Requires(c => c.PhoneLineId)
            .Resolve(c => new MappedDataLoaderResult<LineCustomer?, Customer?>(
                lineCustomerByLineId.One(c, c.Source.PhoneLineId),
                holder => holder?.Customer));
    }
}

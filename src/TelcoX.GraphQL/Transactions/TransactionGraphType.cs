using GraphQL.Types;
using TelcoX.GraphQL.Conventions.DataLoaders;
using TelcoX.GraphQL.Conventions.Projection;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Transactions;

public sealed class TransactionGraphType : ObjectGraphType<Transaction>
{
    public TransactionGraphType()
    {
        var customerById = BatchedRows.By(db => db.Customers, customer => customer.Id);
        Name = "Transaction";
        Description = "One line of a customer's history: a payment, coupon, purchase or recharge.";
        Field(t => t.Id);
        Field(t => t.Kind, type: typeof(NonNullGraphType<TransactionKindGraphType>));
        Field(t => t.Amount);
        Field(t => t.Description);
        Field(t => t.Reference, nullable: true).Description("The invoice number, coupon code or product it concerns.");
        Field(t => t.OccurredAt);
        Field<NonNullGraphType<CustomerGraphType>>("customer").Requires(t => t.CustomerId)
            .Resolve(c => customerById.One(c, c.Source.CustomerId));
    }
}

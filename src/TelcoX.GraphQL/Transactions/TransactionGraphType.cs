using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Transactions;

public sealed class TransactionGraphType : ObjectGraphType<Transaction>
{
    public TransactionGraphType()
    {
        Name = "Transaction";
        Description = "One line of a customer's history: a payment, coupon, purchase or recharge.";
        Field(t => t.Id);
        Field(t => t.Kind, type: typeof(NonNullGraphType<TransactionKindGraphType>));
        Field(t => t.Amount);
        Field(t => t.Description);
        Field(t => t.Reference, nullable: true).Description("The invoice number, coupon code or product it concerns.");
        Field(t => t.OccurredAt);
        Field<NonNullGraphType<CustomerGraphType>>("customer").ResolveAsync(CustomerAsync);
    }

    // One query per parent for now; a function of its own so a DataLoader can replace it.
    private static Task<object?> CustomerAsync(IResolveFieldContext<Transaction> context) =>
        context.QueryAsync((db, ct) => db.Customers.AsNoTracking().SingleAsync(c => c.Id == context.Source.CustomerId, ct));
}

using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Products;

namespace TelcoX.GraphQL.Inventory;

public sealed class PurchaseGraphType : ObjectGraphType<Purchase>
{
    public PurchaseGraphType()
    {
        Name = "Purchase";
        Description = "Units of a product bought, at the price of the moment.";
        Field(p => p.Id);
        Field(p => p.Quantity);
        Field(p => p.UnitPrice).Description("The product's price when bought.");
        Field(p => p.Total).Description("Quantity × unit price.");
        Field(p => p.PurchasedAt);
        Field<NonNullGraphType<ProductGraphType>>("product").ResolveAsync(ProductAsync);
        Field<CustomerGraphType>("customer").ResolveAsync(CustomerAsync);
    }

    private static Task<object?> ProductAsync(IResolveFieldContext<Purchase> context) =>
        context.QueryAsync((db, ct) => db.Products.AsNoTracking().SingleAsync(p => p.Id == context.Source.ProductId, ct));

    private static Task<object?> CustomerAsync(IResolveFieldContext<Purchase> context) =>
        context.Source.CustomerId is not { } customerId
            ? Task.FromResult<object?>(null)
            : context.QueryAsync((db, ct) => db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == customerId, ct));
}

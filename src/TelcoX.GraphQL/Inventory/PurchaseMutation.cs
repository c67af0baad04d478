using System.ComponentModel;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Mutations;
using TelcoX.GraphQL.Transactions;
using static TelcoX.GraphQL.Auth.Authorization.Policies;

namespace TelcoX.GraphQL.Inventory;

public sealed record PurchaseInput(
    int ProductId,
    [Description("Units to buy, more than zero.")] int Quantity,
    [Description("The buyer, when known: the purchase joins their transactions.")] int? CustomerId);

public sealed record PurchasePayload(
    Purchase? Purchase,
    [Description("The stock left after this purchase.")] InventoryItem? Inventory) : Payload;

/// <summary>
/// The <c>purchase</c> field (the name <c>Purchase</c> is the entity's). One conditional UPDATE takes
/// the units, so concurrent buyers can never oversell.
/// </summary>
[Name("purchase")]
[Description("Buys units of a product: never oversold, never below zero; too few changes nothing.")]
[Authorize(SignedIn)]
[Error<ValidationError>, Error<NotFoundError>, Error<ConflictError>, Error<InsufficientStockError>]
public sealed class PurchaseMutation : Mutation<PurchaseInput, PurchasePayload>
{
    public const string InsufficientInventory = "Insufficient inventory";

    protected override Task<PurchasePayload> ExecuteAsync(PurchaseInput input, IResolveFieldContext context) =>
        base.ExecuteAsync(ForCaller(context, input), context);

    /// <summary>A CUSTOMER buys as themselves: no customerId means theirs, another's is refused.</summary>
    private static PurchaseInput ForCaller(IResolveFieldContext context, PurchaseInput input)
    {
        if (context.CallerCustomerId() is not { } caller)
            return input;
        if (input.CustomerId is { } customerId && customerId != caller)
            throw new ExecutionError("A customer can only purchase for themselves") { Code = Schema.ErrorCodes.Forbidden };
        return input with { CustomerId = caller };
    }

    protected override async Task<PurchasePayload> RunAsync(PurchaseInput input, MutationScope scope)
    {
        if (input.Quantity <= 0)
            throw new DomainException(new ValidationError("Quantity must be greater than zero", "quantity"));

        var (db, productId, quantity, now, ct) = (scope.Db, input.ProductId, input.Quantity, scope.Now, scope.Cancellation);
        // The stock check and the decrement are one statement: the database serialises buyers on
        // the row, and a buyer who finds too few changes nothing. It runs first so that every read
        // below (MySQL's snapshot starts at the first plain read) sees the stock after it.
        var taken = await db.Inventories
            .Where(i => i.ProductId == productId && i.Quantity >= quantity && db.Products.Any(p => p.Id == productId && p.IsActive))
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.Quantity, i => i.Quantity - quantity).SetProperty(i => i.UpdatedAt, now), ct);

        var product = await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Id == productId, ct)
            ?? throw new DomainException(new NotFoundError("Product not found"));
        if (!product.IsActive)
            throw new DomainException(new ConflictError("Product is not active", "productId"));
        var stock = await db.StockOfAsync(productId, ct);
        if (taken == 0)
            throw new DomainException(new InsufficientStockError(InsufficientInventory, stock.Quantity));
        if (input.CustomerId is { } customerId && !await db.Customers.AnyAsync(c => c.Id == customerId, ct))
            throw new DomainException(new NotFoundError($"Customer with id {customerId} not found"));
        var total = product.Price * quantity;
        if (total > Money.Max)
            throw new DomainException(new ValidationError($"The purchase total must be at most {Money.Max}", "quantity"));

        var purchase = new Purchase
        {
            ProductId = productId, CustomerId = input.CustomerId, Quantity = quantity, UnitPrice = product.Price, Total = total, PurchasedAt = now,
        };
        db.Purchases.Add(purchase);
        if (input.CustomerId is { } buyer)
            db.Transactions.Add(new Transaction
            {
                CustomerId = buyer, Kind = TransactionKind.Purchase, Amount = total, OccurredAt = now,
                Description = Truncate($"Compra de {quantity} × {product.Name}", 255), Reference = Truncate(product.Name, 64),
            });
        await db.SaveChangesAsync(ct);
        return new PurchasePayload(purchase, stock) { Events = [new InventoryChanged(stock.ProductId, stock.Quantity)] };
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}

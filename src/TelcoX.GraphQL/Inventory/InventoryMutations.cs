using GraphQL;
using GraphQL.Types;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Inventory;

public static class InventoryMutations
{
    public static void AddInventoryMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SetInventoryPayloadGraphType>>("setInventory")
            .Description("Sets a product's stock to a quantity of 0 or more.")
            .Argument<NonNullGraphType<SetInventoryInputGraphType>>("input")
            .ResolveAsync(context => context.InTransactionAsync(
                (db, ct) => StockSetting.SetAsync(db, context.GetArgument<SetInventoryInput>("input"), ct),
                () => new SetInventoryPayload(null),
                payload => PublishAsync(context, payload.Inventory!)));
        mutation.Field<NonNullGraphType<PurchasePayloadGraphType>>("purchase")
            .Description("Buys units of a product: never oversold, never below zero; too few changes nothing.")
            .Argument<NonNullGraphType<PurchaseInputGraphType>>("input")
            .ResolveAsync(context => context.InTransactionAsync(
                (db, ct) => Purchasing.PurchaseAsync(db, ForCaller(context, context.GetArgument<PurchaseInput>("input")), ct),
                () => new PurchasePayload(null, null),
                payload => PublishAsync(context, payload.Inventory!)));
    }

    /// <summary>A CUSTOMER buys as themselves: no customerId means theirs, another's is refused.</summary>
    private static PurchaseInput ForCaller(IResolveFieldContext context, PurchaseInput input)
    {
        if (context.CallerCustomerId() is not { } caller)
            return input;
        if (input.CustomerId is { } customerId && customerId != caller)
            throw new ExecutionError("A customer can only purchase for themselves") { Code = Schema.ErrorCodes.Forbidden };
        return input with { CustomerId = caller };
    }

    private static Task PublishAsync(IResolveFieldContext context, InventoryItem stock) =>
        context.RequestServices!.GetRequiredService<EventBus>().PublishAsync(new InventoryChanged(stock.ProductId, stock.Quantity));
}

using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Inventory;

public sealed class PurchasePayloadGraphType : PayloadGraphType<PurchasePayload>
{
    public PurchasePayloadGraphType()
        : base("purchase", typeof(ValidationErrorGraphType), typeof(NotFoundErrorGraphType),
            typeof(ConflictErrorGraphType), typeof(InsufficientStockErrorGraphType))
    {
        Field<PurchaseGraphType>("purchase").Resolve(context => context.Source.Purchase);
        Field<InventoryGraphType>("inventory").Description("The stock left after this purchase.")
            .Resolve(context => context.Source.Inventory);
    }
}

using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Inventory;

public sealed class SetInventoryPayloadGraphType : PayloadGraphType<SetInventoryPayload>
{
    public SetInventoryPayloadGraphType()
        : base("setInventory", typeof(ValidationErrorGraphType), typeof(NotFoundErrorGraphType)) =>
        Field<InventoryGraphType>("inventory").Resolve(context => context.Source.Inventory);
}

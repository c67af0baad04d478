using TelcoX.GraphQL.Conventions.Fields;

namespace TelcoX.GraphQL.Inventory;

/// <summary>Stock rows are keyed by their product: the product id ends every order, so cursors stay unique.</summary>
internal sealed class InventoryConventions : IEntityConventions<InventoryItem>
{
    public void Configure(EntityConventionsBuilder<InventoryItem> inventory) => inventory.Key(i => i.ProductId);
}

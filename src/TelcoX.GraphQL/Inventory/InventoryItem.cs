using TelcoX.GraphQL.Products;

namespace TelcoX.GraphQL.Inventory;

/// <summary>Stock of one product; a product never stocked has no row and reads 0.</summary>
public sealed class InventoryItem
{
    public int ProductId { get; set; }
    public Product Product { get; set; } = null!;
    public int Quantity { get; set; }
    public DateTime UpdatedAt { get; set; }
}

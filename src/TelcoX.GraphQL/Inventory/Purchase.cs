using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Products;

namespace TelcoX.GraphQL.Inventory;

public sealed class Purchase
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public Product Product { get; set; } = null!;
    public int? CustomerId { get; set; }
    public Customer? Customer { get; set; }
    public int Quantity { get; set; }
    public decimal UnitPrice { get; set; }
    public decimal Total { get; set; }
    public DateTime PurchasedAt { get; set; }
}

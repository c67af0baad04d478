using Bogus;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Inventory;
using TelcoX.GraphQL.Products;
using TelcoX.GraphQL.Transactions;

namespace TelcoX.GraphQL.Data;

public static partial class DemoData
{
    /// <summary>
    /// The shop's products: most stocked (one sold out), three never stocked (no inventory row),
    /// one withdrawn from sale; then a few purchases that drew the stock down.
    /// </summary>
    private static void AddGeneratedProducts(DemoRows rows, Faker faker, List<Customer> generated)
    {
        var neverStocked = faker.Random.ListItems(ShopProducts.Select(p => p.Name).ToList(), 3).ToHashSet();
        foreach (var (name, price, description) in ShopProducts)
        {
            var createdAt = rows.Now.AddDays(-faker.Random.Int(30, 365));
            var product = new Product { Name = name, Price = price, Description = description, CreatedAt = createdAt, UpdatedAt = createdAt };
            rows.Products.Add(product);
            if (!neverStocked.Contains(name))
                rows.Inventories.Add(new InventoryItem { Product = product, Quantity = faker.Random.Int(5, 120), UpdatedAt = createdAt });
        }
        faker.PickRandom(rows.Products.Where(p => !neverStocked.Contains(p.Name))).IsActive = false;
        faker.PickRandom(rows.Inventories).Quantity = 0;

        for (var i = 0; i < 6; i++)
        {
            var stock = faker.PickRandom(rows.Inventories.Where(s => s.Quantity > 0 && s.Product.IsActive));
            var quantity = faker.Random.Int(1, Math.Min(3, stock.Quantity));
            var customer = faker.PickRandom(generated);
            var purchasedAt = faker.Between(rows.Now.AddDays(-20), rows.Now);
            var total = stock.Product.Price * quantity;
            stock.Quantity -= quantity;
            stock.UpdatedAt = purchasedAt > stock.UpdatedAt ? purchasedAt : stock.UpdatedAt;
            rows.Purchases.Add(new Purchase
            {
                Product = stock.Product, Customer = customer, Quantity = quantity,
                UnitPrice = stock.Product.Price, Total = total, PurchasedAt = purchasedAt,
            });
            customer.AddTransaction(TransactionKind.Purchase, total, $"Compra de {quantity} × {stock.Product.Name}", stock.Product.Name, purchasedAt);
        }
    }
}

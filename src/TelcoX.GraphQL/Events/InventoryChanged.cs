using System.Globalization;

namespace TelcoX.GraphQL.Events;

/// <summary>A product's stock changed; <see cref="Quantity"/> is the stock after the change.</summary>
public sealed record InventoryChanged(int ProductId, int Quantity) : IDomainEvent
{
    public string Key => KeyFor(ProductId);

    /// <summary>The key to subscribe with, formatted exactly as publishers format it.</summary>
    public static string KeyFor(int productId) => productId.ToString(CultureInfo.InvariantCulture);
}

namespace TelcoX.Admin.Components.Pages.Products;

/// <summary>A product's stock as of a moment, so that an older answer never overwrites a newer push.</summary>
public sealed record StockLevel(int Quantity, DateTimeOffset? UpdatedAt);

using System.Globalization;

namespace TelcoX.Admin.Components.Pages.Products;

/// <summary>Prices with two decimals and times in UTC, the same on every screen.</summary>
public static class ProductFormat
{
    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset? date) =>
        date is { } d ? d.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) : "—";
}

using System.Globalization;

namespace TelcoX.GraphQL.Data;

/// <summary>Money as the database stores it: decimal(12,2). Every rule on amounts bounds them here.</summary>
public static class Money
{
    public const decimal Max = 9_999_999_999.99m;

    /// <summary>True when the amount fits the column exactly: no fraction of a cent, no overflow.</summary>
    public static bool Fits(decimal amount) => decimal.Round(amount, 2) == amount && Math.Abs(amount) <= Max;

    public static string Format(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}

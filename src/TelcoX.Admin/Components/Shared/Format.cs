using System.Globalization;

namespace TelcoX.Admin.Components.Shared;

/// <summary>How the admin writes money, data and dates: one place, invariant culture, UTC shown as such.</summary>
public static class Format
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static string Money(decimal amount) => "$" + amount.ToString("#,##0.00", Culture);

    public static string Megabytes(decimal megabytes) => megabytes.ToString("#,##0.00", Culture) + " MB";

    public static string Bytes(long bytes) => bytes switch
    {
        >= 1L << 30 => (bytes / (double)(1L << 30)).ToString("0.##", Culture) + " GiB",
        >= 1L << 20 => (bytes / (double)(1L << 20)).ToString("0.##", Culture) + " MiB",
        >= 1L << 10 => (bytes / (double)(1L << 10)).ToString("0.##", Culture) + " KiB",
        _ => bytes.ToString(Culture) + " B",
    };

    public static string Percent(decimal percent) => percent.ToString("0.##", Culture) + " %";

    public static string Date(DateTimeOffset when) => when.UtcDateTime.ToString("yyyy-MM-dd", Culture);

    public static string DateTime(DateTimeOffset when) => when.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", Culture) + " UTC";
}

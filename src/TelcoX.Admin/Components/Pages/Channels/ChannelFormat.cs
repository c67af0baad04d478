using System.Globalization;

namespace TelcoX.Admin.Components.Pages.Channels;

public static class ChannelFormat
{
    public static string DateTime(DateTimeOffset date) =>
        date.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}

using System.Globalization;
using TelcoX.Admin.GraphQL;

namespace TelcoX.Admin.Components.Pages.Notifications;

public static class NotificationKinds
{
    public static string Label(NotificationKind kind) => kind switch
    {
        NotificationKind.InvoiceStatus => "Invoice",
        NotificationKind.CouponStatus => "Coupon",
        NotificationKind.LowBalance => "Low balance",
        NotificationKind.DataPlanLow => "Data plan low",
        _ => kind.ToString(),
    };

    public static string DateTime(DateTimeOffset? date) =>
        date is { } d ? d.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "—";
}

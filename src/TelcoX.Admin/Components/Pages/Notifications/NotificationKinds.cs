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
}

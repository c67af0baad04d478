namespace TelcoX.GraphQL.Notifications;

public enum NotificationKind
{
    InvoiceStatus,
    CouponStatus,
    LowBalance,
    DataPlanLow,
}

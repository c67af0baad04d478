using GraphQL.Types;

namespace TelcoX.GraphQL.Notifications;

public sealed class NotificationKindGraphType : EnumerationGraphType<NotificationKind>
{
    public NotificationKindGraphType()
    {
        Name = "NotificationKind";
        Description = "What a notification is about: an invoice or coupon changing state, or a balance or data plan running low.";
    }
}

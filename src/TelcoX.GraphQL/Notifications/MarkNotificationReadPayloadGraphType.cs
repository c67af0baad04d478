using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Notifications;

public sealed class MarkNotificationReadPayloadGraphType : PayloadGraphType<MarkNotificationReadPayload>
{
    public MarkNotificationReadPayloadGraphType() : base("markNotificationRead", typeof(NotFoundErrorGraphType)) =>
        Field<NotificationGraphType>("notification").Description("The notification, read.").Resolve(context => context.Source.Notification);
}

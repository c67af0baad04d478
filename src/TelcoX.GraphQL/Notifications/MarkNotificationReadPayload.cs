using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Notifications;

public sealed record MarkNotificationReadPayload(Notification? Notification) : Payload;

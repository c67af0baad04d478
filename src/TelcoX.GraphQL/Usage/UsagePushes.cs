using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Notifications;

namespace TelcoX.GraphQL.Usage;

public static class UsagePushes
{
    /// <summary>
    /// What a usage change tells subscribers: the changes, then the notifications it raised. Called only
    /// after commit, so subscribers never hear of a change that was rolled back.
    /// </summary>
    public static async Task PublishAsync(this EventBus bus, IEnumerable<IDomainEvent> changes, IEnumerable<Notification> raised)
    {
        foreach (var change in changes)
            await bus.PublishAsync(change);
        foreach (var notification in raised)
            await bus.PublishAsync(new NotificationRaised(notification.UserId, notification.Id));
    }
}

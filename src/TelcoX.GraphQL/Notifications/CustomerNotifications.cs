using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Users;

namespace TelcoX.GraphQL.Notifications;

/// <summary>Notifications for every CUSTOMER user linked to a customer; staff see the customer's rows, not these.</summary>
public static class CustomerNotifications
{
    public static async Task<IReadOnlyList<Notification>> NotifyCustomerAsync(this TelcoDbContext db, int customerId,
        NotificationKind kind, string message, DateTime now, CancellationToken cancellationToken)
    {
        var userIds = await db.Users.Where(u => u.Role == UserRole.Customer && u.CustomerId == customerId)
            .OrderBy(u => u.Id).Select(u => u.Id).ToListAsync(cancellationToken);
        var notifications = userIds
            .Select(userId => new Notification { UserId = userId, Kind = kind, Message = message, CreatedAt = now })
            .ToList();
        db.Notifications.AddRange(notifications);
        return notifications;
    }

    /// <summary>The events to publish once the notifications are saved (their ids are set then).</summary>
    public static IEnumerable<IDomainEvent> Raised(this IEnumerable<Notification> notifications) =>
        notifications.Select(n => new NotificationRaised(n.UserId, n.Id));
}

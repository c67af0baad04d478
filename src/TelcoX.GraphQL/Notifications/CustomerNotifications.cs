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

    /// <summary>
    /// The same for many customers at once, with one query for their users: a sweep's batch notifies
    /// hundreds of customers, each with a message of its own.
    /// </summary>
    public static async Task<IReadOnlyList<Notification>> NotifyCustomersAsync(this TelcoDbContext db,
        IReadOnlyCollection<(int CustomerId, string Message)> messages, NotificationKind kind, DateTime now, CancellationToken cancellationToken)
    {
        var customerIds = messages.Select(m => m.CustomerId).Distinct().ToList();
        var users = await db.Users.Where(u => u.Role == UserRole.Customer && u.CustomerId != null && customerIds.Contains(u.CustomerId.Value))
            .OrderBy(u => u.Id).Select(u => new { u.Id, CustomerId = u.CustomerId!.Value }).ToListAsync(cancellationToken);
        var usersOf = users.ToLookup(u => u.CustomerId, u => u.Id);
        var notifications = messages
            .SelectMany(m => usersOf[m.CustomerId].Select(userId =>
                new Notification { UserId = userId, Kind = kind, Message = m.Message, CreatedAt = now }))
            .ToList();
        db.Notifications.AddRange(notifications);
        return notifications;
    }

    /// <summary>The events to publish once the notifications are saved (their ids are set then).</summary>
    public static IEnumerable<IDomainEvent> Raised(this IEnumerable<Notification> notifications) =>
        notifications.Select(n => new NotificationRaised(n.UserId, n.Id));
}

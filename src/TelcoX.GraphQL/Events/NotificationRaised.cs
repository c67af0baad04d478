using System.Globalization;

namespace TelcoX.GraphQL.Events;

/// <summary>A notification was stored for a user.</summary>
public sealed record NotificationRaised(int UserId, int NotificationId) : IDomainEvent
{
    public string Key => KeyFor(UserId);

    /// <summary>The key to subscribe with, formatted exactly as publishers format it.</summary>
    public static string KeyFor(int userId) => userId.ToString(CultureInfo.InvariantCulture);
}

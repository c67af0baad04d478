using TelcoX.Admin.GraphQL;

namespace TelcoX.Admin.Components.Pages.Notifications;

/// <summary>One notification as listed, whether it came from the list query or was pushed live.</summary>
public sealed record NotificationItem(int Id, NotificationKind Kind, string Message, bool IsRead,
    DateTimeOffset CreatedAt, DateTimeOffset? ReadAt, string UserEmail);

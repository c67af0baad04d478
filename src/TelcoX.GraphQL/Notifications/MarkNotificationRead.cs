using System.ComponentModel;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Mutations;
using static TelcoX.GraphQL.Auth.Authorization.Policies;

namespace TelcoX.GraphQL.Notifications;

public sealed record MarkNotificationReadInput(int Id);

public sealed record MarkNotificationReadPayload([Description("The notification, read.")] Notification? Notification) : Payload;

[Description("Marks a notification read; marking it again keeps the first readAt.")]
[Authorize(SignedIn)]
[Error<NotFoundError>]
public sealed class MarkNotificationRead : Mutation<MarkNotificationReadInput, MarkNotificationReadPayload>
{
    // Only an unread row is updated, so the first reader's time stands when two mark it at once.
    protected override async Task<MarkNotificationReadPayload> RunAsync(MarkNotificationReadInput input, MutationScope scope)
    {
        var (db, id, ct) = (scope.Db, input.Id, scope.Cancellation);
        // Another customer's notification reads as missing: its id tells nothing.
        if (scope.CallerCustomerId is { } customerId && !await db.Notifications.AnyAsync(n => n.Id == id && n.User.CustomerId == customerId, ct))
            throw NotFound(id);
        await db.Notifications.Where(n => n.Id == id && !n.IsRead)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.IsRead, true).SetProperty(n => n.ReadAt, scope.Now), ct);
        var notification = await db.Notifications.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, ct) ?? throw NotFound(id);
        return new MarkNotificationReadPayload(notification);
    }

    private static DomainException NotFound(int id) => new(new NotFoundError($"Notification {id} not found"));
}

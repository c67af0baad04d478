using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Notifications;

public static class NotificationMutations
{
    public static void AddNotificationMutations(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<MarkNotificationReadPayloadGraphType>>("markNotificationRead")
            .Description("Marks a notification read; marking it again keeps the first readAt.")
            .Argument<NonNullGraphType<MarkNotificationReadInputGraphType>>("input")
            .ResolveAsync(context => context.InTransactionAsync(
                (db, ct) => MarkReadAsync(db, context.GetArgument<MarkNotificationReadInput>("input").Id, context.CallerCustomerId(), context.UtcNow(), ct),
                () => new MarkNotificationReadPayload(null)));

    // Only an unread row is updated, so the first reader's time stands when two mark it at once.
    private static async Task<MarkNotificationReadPayload> MarkReadAsync(TelcoDbContext db, int id, int? caller, DateTime now, CancellationToken ct)
    {
        // Another customer's notification reads as missing: its id tells nothing.
        if (caller is { } customerId && !await db.Notifications.AnyAsync(n => n.Id == id && n.User.CustomerId == customerId, ct))
            throw new DomainException(new NotFoundError($"Notification {id} not found"));
        await db.Notifications.Where(n => n.Id == id && !n.IsRead)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.IsRead, true).SetProperty(n => n.ReadAt, now), ct);
        var notification = await db.Notifications.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, ct)
            ?? throw new DomainException(new NotFoundError($"Notification {id} not found"));
        return new MarkNotificationReadPayload(notification);
    }
}

using System.Globalization;
using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Schema;

namespace TelcoX.GraphQL.Notifications;

public static class NotificationSubscriptions
{
    public const string UserIdClaim = "sub";

    public static void AddNotificationSubscriptions(this ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<NotificationGraphType>>("onNotification")
            .Description("The signed-in user's notifications as they are raised.")
            .ResolveAsync(context =>
            {
                var id = ((NotificationRaised)context.Source!).NotificationId;
                return context.QueryAsync(async (db, ct) => await db.Notifications.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, ct)
                    ?? throw GraphQLErrors.NotFound($"Notification {id} not found"));
            })
            .ResolveStream(context => context.RequestServices!.GetRequiredService<EventBus>()
                .Subscribe<NotificationRaised>(NotificationRaised.KeyFor(UserId(context.User))));

    /// <summary>The user the operation runs as (its <c>sub</c> claim); the key is never taken from arguments.</summary>
    private static int UserId(ClaimsPrincipal? user) =>
        int.TryParse(user?.FindFirst(UserIdClaim)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new ExecutionError("Sign in to receive notifications.") { Code = ErrorCodes.Unauthenticated };
}

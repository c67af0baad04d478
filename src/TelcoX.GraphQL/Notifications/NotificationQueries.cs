using GraphQL;
using GraphQL.Types;
using TelcoX.GraphQL.Conventions;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Schema;

namespace TelcoX.GraphQL.Notifications;

public static class NotificationQueries
{
    public static void AddNotificationQueries(this ObjectGraphType query)
    {
        query.Field<NotificationGraphType>("notification")
            .Description("One notification, by id.")
            .Argument<NonNullGraphType<IntGraphType>>("id")
            .ResolveAsync(NotificationAsync);
        query.Connection<NotificationGraphType, Notification>("notifications", db => db.Notifications)
            .Description = "Notifications, filtered, sorted and paged; by id unless ordered.";
    }

    private static Task<object?> NotificationAsync(IResolveFieldContext<object?> context)
    {
        var id = context.GetArgument<int>("id");
        return context.OneOrNotFoundAsync(db => db.Notifications.Where(n => n.Id == id), $"Notification {id} not found");
    }
}

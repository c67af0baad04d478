using TelcoX.GraphQL.Notifications;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Infrastructure.GraphQLAssert;

namespace TelcoX.GraphQL.Tests.Notifications;

public sealed class NotificationQueriesTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task NotificationByIdReturnsItsKindMessageAndUser()
    {
        var notification = Notification("Test: 80 % of your data used");
        await api.AddRowsAsync(notification);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($id: Int!) { notification(id: $id) { kind message isRead createdAt readAt user { email } } }", new { id = notification.Id });

        var found = data.GetProperty("notification");
        Assert.Equal("DATA_PLAN_LOW", found.GetProperty("kind").GetString());
        Assert.Equal("Test: 80 % of your data used", found.GetProperty("message").GetString());
        Assert.False(found.GetProperty("isRead").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, found.GetProperty("readAt").ValueKind);
        Assert.Equal(notification.User.Email, found.GetProperty("user").GetProperty("email").GetString());
    }

    [Fact]
    public async Task UnknownNotificationIsNotFound()
    {
        var response = await api.CreateClient(Role.Admin).PostGraphQLAsync("{ notification(id: 987654321) { id } }");

        NotFound(response, "notification", "Notification 987654321 not found");
    }

    [Fact]
    public async Task NotificationsListsEveryNotificationById()
    {
        var notification = Notification("Test listed");
        await api.AddRowsAsync(notification);

        var data = await api.CreateClient(Role.Admin).QueryDataAsync(
            "query($id: Int!) { page: notifications(first: 50) { nodes { id } } mine: notifications(where: { id: { eq: $id } }) { nodes { id } } }",
            new { id = notification.Id });

        var ids = Ints(data.GetProperty("page").GetProperty("nodes"), "id");
        Assert.Equal(ids.Order(), ids);
        Assert.Equal([notification.Id], Ints(data.GetProperty("mine").GetProperty("nodes"), "id"));
    }

    private static Notification Notification(string message) =>
        new() { User = TestRows.User(), Kind = NotificationKind.DataPlanLow, Message = message, CreatedAt = TestRows.Now };
}

using Bunit;
using TelcoX.Admin.Components.Pages.Notifications;
using TelcoX.Admin.Tests.Infrastructure;

namespace TelcoX.Admin.Tests.Notifications;

public sealed class NotificationListTests : FakeApiContext
{
    private const string TwoNotifications = """
        { "notifications": { "totalCount": 2, "pageInfo": { "hasNextPage": false, "hasPreviousPage": false, "startCursor": "a", "endCursor": "b" },
            "nodes": [
              { "id": 2, "kind": "LOW_BALANCE", "message": "La línea 0934567890 (Carla M.) se quedó sin saldo.", "isRead": false, "createdAt": "2026-11-24T12:47:18Z", "readAt": null, "user": { "email": "admin@telcox.dev" } },
              { "id": 1, "kind": "COUPON_STATUS", "message": "Un cupón de pago venció sin ser usado.", "isRead": true, "createdAt": "2026-11-23T12:47:18Z", "readAt": "2026-11-23T13:00:00Z", "user": { "email": "admin@telcox.dev" } }
            ] } }
        """;

    [Fact]
    public void NotificationsAreListedNewestFirstWithUnreadOnesMarkable()
    {
        Api.Answer("GetNotifications", TwoNotifications);

        var page = Render<NotificationList>();

        var rows = page.FindAll("[data-testid=notification]");
        Assert.Equal(2, rows.Count);
        Assert.Contains("Low balance", rows[0].TextContent);
        Assert.Contains("se quedó sin saldo", rows[0].TextContent);
        Assert.NotNull(rows[0].QuerySelector("[data-testid=mark-read]"));
        Assert.Null(rows[1].QuerySelector("[data-testid=mark-read]"));
        Assert.Contains("2026-11-23 13:00:00 UTC", rows[1].TextContent);
        Assert.Equal("""{"first":20}""", Sent("GetNotifications"));
    }

    [Fact]
    public void ANotificationRaisedWhileThePageIsOpenAppearsOnTop()
    {
        Api.Answer("GetNotifications", TwoNotifications);
        var page = Render<NotificationList>();

        Api.Push("OnNotification", """
            { "onNotification": { "id": 9, "kind": "INVOICE_STATUS", "message": "La factura FAC-2026-11-00014 fue pagada.", "isRead": false,
                "createdAt": "2026-11-24T19:00:00Z", "readAt": null, "user": { "email": "admin@telcox.dev" } } }
            """);

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=notification]").Count), Patience);
        Assert.Contains("FAC-2026-11-00014 fue pagada", page.FindAll("[data-testid=notification]")[0].TextContent);
        Assert.Contains("3 notifications", page.Markup);
    }

    [Fact]
    public void MarkingReadShowsWhenItWasRead()
    {
        Api.Answer("GetNotifications", TwoNotifications);
        Api.Answer("MarkNotificationRead", """{ "markNotificationRead": { "errors": null, "notification": { "id": 2, "isRead": true, "readAt": "2026-11-24T19:05:00Z" } } }""");
        var page = Render<NotificationList>();

        page.Find("[data-testid=mark-read]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=mark-read]")), Patience);
        Assert.Contains("2026-11-24 19:05:00 UTC", page.FindAll("[data-testid=notification]")[0].TextContent);
        Assert.Equal("""{"id":2}""", Sent("MarkNotificationRead"));
    }

    [Fact]
    public async Task LeavingThePageStopsListening()
    {
        Api.Answer("GetNotifications", TwoNotifications);
        Render<NotificationList>();
        var listening = Assert.Single(Api.SubscriptionTokens);

        await DisposeComponentsAsync();

        Assert.True(listening.IsCancellationRequested);
    }

    [Fact]
    public void WhenTheLiveFeedDropsThePageSaysSoThenReloadsAndListensAgain()
    {
        Api.Answer("GetNotifications", TwoNotifications);
        var page = Render<NotificationList>();

        Api.PushError("OnNotification", "The GraphQL API at ws://127.0.0.1:5080/graphql closed the connection (1006)", "TRANSPORT_ERROR");

        page.WaitForAssertion(() => Assert.Contains("Live notifications paused: The TelcoX API cannot be reached right now.", page.Find("[data-testid=error]").TextContent), Patience);
        Assert.DoesNotContain("1006", page.Markup);
        page.WaitForAssertion(() => Assert.Equal(2, Api.Requests.Count(r => r.Operation.Name == "GetNotifications")), Patience + LiveFeedPause);
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=error]")), Patience);
        page.WaitForAssertion(() => Assert.Equal(2, Api.SubscriptionTokens.Count), Patience);
    }
}

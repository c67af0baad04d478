using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Notifications;
using TelcoX.GraphQL.Tests.Billing;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Users;
using static TelcoX.GraphQL.Tests.Billing.BillingApi;

namespace TelcoX.GraphQL.Tests.Notifications;

public sealed class MarkNotificationReadTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task MarkingReadSetsIsReadAndReadAtAndAgainKeepsTheFirstReadAt()
    {
        var notification = await ArrangeAsync();

        var first = await api.MutateAsync(MarkNotificationReadMutation, new { id = notification.Id });
        var second = await api.MutateAsync(MarkNotificationReadMutation, new { id = notification.Id });

        PayloadAssert.Succeeded(first);
        Assert.True(first.GetProperty("notification").GetProperty("isRead").GetBoolean());
        var readAt = first.GetProperty("notification").GetProperty("readAt").GetDateTimeOffset();
        Assert.Equal(readAt, second.GetProperty("notification").GetProperty("readAt").GetDateTimeOffset());
        await using var db = api.CreateDbContext();
        var stored = await db.Notifications.SingleAsync(n => n.Id == notification.Id);
        Assert.True(stored.IsRead);
        Assert.Equal(readAt.UtcDateTime, stored.ReadAt);
    }

    [Fact]
    public async Task AnUnknownNotificationIsNotFoundAndNothingChanges()
    {
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await api.MutateAsync(MarkNotificationReadMutation, new { id = 987654 });

        PayloadAssert.SingleError(payload, "NotFoundError", "Notification 987654 not found", "NOT_FOUND");
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    private async Task<Notification> ArrangeAsync()
    {
        var user = TestRows.User(UserRole.Customer, TestRows.Customer());
        var notification = new Notification { User = user, Kind = NotificationKind.InvoiceStatus, Message = "Test", CreatedAt = TestRows.Now };
        await api.AddRowsAsync(notification);
        return notification;
    }
}

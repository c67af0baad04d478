using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Notifications;
using TelcoX.GraphQL.Tests.Auth;
using TelcoX.GraphQL.Tests.Events;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Billing;

/// <summary>runBillingCycle: one invoice per line with a paid plan, once, whatever runs twice or stops halfway.</summary>
public sealed class BillingCycleTests
{
    private const string Run = "mutation($input: RunBillingCycleInput!) { runBillingCycle(input: $input) { period issued alreadyIssued totalBilled " +
        "skipped { reason lines } errors { __typename ... on Error { message code } ... on ValidationError { field } } } }";

    [Fact]
    public async Task APeriodBillsEachLineWithAPaidPlanItsFeePlusTaxDueAfterThePeriodWithANotificationAndAnEvent()
    {
        await using var api = await BillingCycleApiFactory.StartAsync();
        var rows = await BillingCycleRows.ArrangeAsync(api, 2001);
        var recorder = new EventRecorder<InvoiceStatusChanged>();
        using var _ = api.Services.GetRequiredService<EventBus>().Subscribe<InvoiceStatusChanged>(rows.Customer.ContractNumber).Subscribe(recorder);
        await using var db = api.CreateDbContext();
        var laterLines = await db.PhoneLines.CountAsync(l => l.CreatedAt >= new DateTime(2001, 2, 1, 0, 0, 0, DateTimeKind.Utc));

        var payload = await api.MutateAsync(Run, new { period = "2001-01" });

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        Assert.Equal(("2001-01", 1, 0, 22.40m), Counts(payload));
        Assert.Equal(["NO_PLAN:1", "NO_MONTHLY_FEE:1", $"NOT_YET_ACTIVE:{laterLines}"], Skipped(payload));
        var invoice = await db.Invoices.SingleAsync(i => i.PhoneLineId == rows.PaidLines[0].Id);
        Assert.Equal($"FAC-2001-01-{invoice.Id:D5}", invoice.Number);
        Assert.Equal((rows.Customer.Id, "2001-01", 20.00m, 2.40m, 0m, 22.40m, InvoiceStatus.Unpaid),
            (invoice.CustomerId, invoice.Period, invoice.Subtotal, invoice.Tax, invoice.Discount, invoice.Total, invoice.StoredStatus));
        Assert.Equal(new DateTime(2001, 2, 16, 0, 0, 0, DateTimeKind.Utc), invoice.DueDate);
        Assert.Equal(BillingCycleApiFactory.Today.UtcDateTime, invoice.IssuedAt);
        Assert.Equal(0, await db.Invoices.CountAsync(i => i.Period == "2001-01" && i.Id != invoice.Id));
        var note = await db.Notifications.SingleAsync(n => n.UserId == rows.User.Id);
        Assert.Equal((NotificationKind.InvoiceStatus, $"Tienes una nueva factura {invoice.Number} del periodo 2001-01 por 22.40; vence el 2001-02-16."),
            (note.Kind, note.Message));
        await recorder.WaitForCountAsync(1);
        Assert.Equal(new InvoiceStatusChanged(rows.Customer.ContractNumber, invoice.Number, "UNPAID"), Assert.Single(recorder.Events));
    }

    [Fact]
    public async Task ASecondRunOfAPeriodIssuesNothingAndSaysSo()
    {
        await using var api = await BillingCycleApiFactory.StartAsync();
        var rows = await BillingCycleRows.ArrangeAsync(api, 2002, paidLines: 2);
        await api.MutateAsync(Run, new { period = "2002-01" });
        var before = await DatabaseSnapshot.ReadAsync(api);

        var again = await api.MutateAsync(Run, new { period = "2002-01" });

        Assert.Equal(("2002-01", 0, 2, 0m), Counts(again));
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
        await using var db = api.CreateDbContext();
        Assert.Equal(2, await db.Invoices.CountAsync(i => i.Period == "2002-01" && i.CustomerId == rows.Customer.Id));
    }

    [Fact]
    public async Task ARunStoppedHalfwayLeavesWholeInvoicesOnlyAndTheNextRunCompletesThePeriod()
    {
        await using var api = await BillingCycleApiFactory.StartAsync();
        var rows = await BillingCycleRows.ArrangeAsync(api, 2003, paidLines: 3);
        await using var db = api.CreateDbContext();
        var firstLine = rows.PaidLines[0].Id;
        // Lines bill in id order and the demo lines came later than 2003: the first paid line's batch commits, the next one fails.
        api.Breaker.FailAfter(1);

        var (_, stopped) = await AuthErrors.PostAsync(api.CreateClient(Role.Admin), Run, new { input = new { period = "2003-01" } });

        Assert.Equal(["INTERNAL_SERVER_ERROR"], AuthErrors.Codes(stopped));
        var billed = await db.Invoices.Where(i => i.Period == "2003-01").ToListAsync();
        var invoice = Assert.Single(billed);
        Assert.Equal((firstLine, $"FAC-2003-01-{invoice.Id:D5}"), (invoice.PhoneLineId, invoice.Number));
        Assert.Equal(1, await db.Notifications.CountAsync(n => n.UserId == rows.User.Id));

        var completed = await api.MutateAsync(Run, new { period = "2003-01" });

        Assert.Equal(("2003-01", 2, 1, 44.80m), Counts(completed));
        Assert.Equal(3, await db.Invoices.CountAsync(i => i.Period == "2003-01" && i.Number.StartsWith("FAC-2003-01-")));
        Assert.Equal(3, await db.Notifications.CountAsync(n => n.UserId == rows.User.Id));
    }

    [Fact]
    public async Task TwoRunsOfOnePeriodAtOnceBillEachLineOnce()
    {
        await using var api = await BillingCycleApiFactory.StartAsync();
        var rows = await BillingCycleRows.ArrangeAsync(api, 2006, paidLines: 4);

        var runs = await Task.WhenAll(api.MutateAsync(Run, new { period = "2006-01" }), api.MutateAsync(Run, new { period = "2006-01" }));

        Assert.Equal(4, runs.Sum(r => r.GetProperty("issued").GetInt32()));
        Assert.All(runs, r => Assert.Equal(4, r.GetProperty("issued").GetInt32() + r.GetProperty("alreadyIssued").GetInt32()));
        await using var db = api.CreateDbContext();
        var billed = await db.Invoices.Where(i => i.Period == "2006-01").Select(i => i.PhoneLineId).ToListAsync();
        Assert.Equal(rows.PaidLines.Select(l => (int?)l.Id).Order(), billed.Order());
    }

    [Theory]
    [InlineData("2001-13", "The period must be a month written YYYY-MM, from 2000-01")]
    [InlineData("2001-1", "The period must be a month written YYYY-MM, from 2000-01")]
    [InlineData("", "The period must be a month written YYYY-MM, from 2000-01")]
    [InlineData("9999-12", "The period cannot be later than 9998-12")]
    [InlineData("2027-01", "The period 2027-01 has not closed yet; it can be billed from 2027-02-01")]
    [InlineData("2026-12", "The period 2026-12 has not closed yet; it can be billed from 2027-01-01")]
    public async Task APeriodNotShapedYYYYMMOrNotClosedIsRefusedWithASentenceAndNothingWritten(string period, string message)
    {
        await using var api = await BillingCycleApiFactory.StartAsync();
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await api.MutateAsync(Run, new { period });

        PayloadAssert.SingleError(payload, "ValidationError", message, "BAD_USER_INPUT", "period");
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    [Fact]
    public async Task APeriodBeforeTheFirstLineIsRefused()
    {
        await using var api = await BillingCycleApiFactory.StartAsync();
        await BillingCycleRows.ArrangeAsync(api, 2004);
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await api.MutateAsync(Run, new { period = "2003-12" });

        PayloadAssert.SingleError(payload, "ValidationError", "No line existed in 2003-12: the first line was created on 2004-01-10", "BAD_USER_INPUT", "period");
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    [Theory]
    [InlineData(Role.Customer, "FORBIDDEN")]
    [InlineData(Role.Agent, "FORBIDDEN")]
    [InlineData(Role.Anonymous, "UNAUTHENTICATED")]
    public async Task OnlyAnAdminMayRunABillingCycle(Role role, string code)
    {
        await using var api = await BillingCycleApiFactory.StartAsync();
        await BillingCycleRows.ArrangeAsync(api, 2005);
        var before = await DatabaseSnapshot.ReadAsync(api);

        var (_, body) = await AuthErrors.PostAsync(api.CreateClient(role), Run, new { input = new { period = "2005-01" } });

        Assert.Equal([code], AuthErrors.Codes(body));
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    private static (string?, int, int, decimal) Counts(JsonElement payload) => (payload.GetProperty("period").GetString(),
        payload.GetProperty("issued").GetInt32(), payload.GetProperty("alreadyIssued").GetInt32(), payload.GetProperty("totalBilled").GetDecimal());

    private static string[] Skipped(JsonElement payload) =>
        [.. payload.GetProperty("skipped").EnumerateArray().Select(s => $"{s.GetProperty("reason").GetString()}:{s.GetProperty("lines").GetInt32()}")];

}

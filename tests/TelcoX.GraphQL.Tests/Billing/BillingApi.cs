using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Tests.Data;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Billing;

/// <summary>The billing, coupon and notification mutations as a client sends them, and what a refusal must leave.</summary>
public static class BillingApi
{
    // A fragment on a type outside the mutation's error union is invalid, so each names only its own.
    private const string Errors = "errors { __typename ... on Error { message code } ... on ValidationError { field } ... on ConflictError { field } }";
    private const string ConflictErrors = "errors { __typename ... on Error { message code } ... on ConflictError { field } }";
    private const string PlainErrors = "errors { __typename ... on Error { message code } }";
    private const string InvoiceFields = "number period subtotal tax discount total dueDate status paymentMethod paidAt msisdn customer { id }";
    private const string CouponFields = "code amount status expiresAt usedAt invoice { number }";

    public const string IssueInvoiceMutation = $"mutation($input: IssueInvoiceInput!) {{ issueInvoice(input: $input) {{ invoice {{ {InvoiceFields} }} {Errors} }} }}";
    public const string PayInvoiceMutation = $"mutation($input: PayInvoiceInput!) {{ payInvoice(input: $input) {{ invoice {{ {InvoiceFields} }} payment {{ id amount method paidAt coupon {{ code }} }} {Errors} }} }}";
    public const string GenerateCouponMutation = $"mutation($input: GenerateCouponInput!) {{ generateCoupon(input: $input) {{ coupon {{ {CouponFields} }} {Errors} }} }}";
    public const string CancelCouponMutation = $"mutation($input: CancelCouponInput!) {{ cancelCoupon(input: $input) {{ coupon {{ {CouponFields} }} {ConflictErrors} }} }}";
    public const string SendInvoiceByEmailMutation = $"mutation($input: SendInvoiceByEmailInput!) {{ sendInvoiceByEmail(input: $input) {{ channel {{ id kind content timestamp customer {{ id }} }} {ConflictErrors} }} }}";
    public const string MarkNotificationReadMutation = $"mutation($input: MarkNotificationReadInput!) {{ markNotificationRead(input: $input) {{ notification {{ id isRead readAt }} {PlainErrors} }} }}";

    /// <summary>Posts the mutation and returns its payload; the response itself must carry no GraphQL error.</summary>
    public static async Task<JsonElement> MutateAsync(this HttpClient client, string document, object input)
    {
        var data = await client.QueryDataAsync(document, new { input });
        return data.EnumerateObject().Single().Value;
    }

    public static Task<JsonElement> MutateAsync(this TelcoApiFactory api, string document, object input) =>
        api.CreateClient(Role.Admin).MutateAsync(document, input);

    public static bool Succeeded(JsonElement payload) => payload.GetProperty("errors").ValueKind == JsonValueKind.Null;

    /// <summary>The payload holds exactly this one error and nothing else.</summary>
    public static void AssertError(JsonElement payload, string type, string code, string message, string? field = null)
    {
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(type, error.GetProperty("__typename").GetString());
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Equal(message, error.GetProperty("message").GetString());
        if (field is not null)
            Assert.Equal(field, error.GetProperty("field").GetString());
        foreach (var property in payload.EnumerateObject().Where(p => p.Name != "errors"))
            Assert.Equal(JsonValueKind.Null, property.Value.ValueKind);
    }

    /// <summary>Every table's count plus the billing rows a refusal could have touched, compared by value.</summary>
    public static async Task<string> SnapshotAsync(this TelcoApiFactory api)
    {
        await using var db = api.CreateDbContext();
        var counts = await RowCounts.ReadAsync(db);
        var invoices = await db.Invoices.OrderBy(i => i.Id).Select(i => $"{i.Id}:{i.StoredStatus}:{i.PaidAt}:{i.PaymentMethod}").ToListAsync();
        var coupons = await db.Coupons.OrderBy(c => c.Id).Select(c => $"{c.Id}:{c.StoredStatus}:{c.UsedAt}").ToListAsync();
        var notifications = await db.Notifications.OrderBy(n => n.Id).Select(n => $"{n.Id}:{n.IsRead}:{n.ReadAt}").ToListAsync();
        return string.Join('\n', [counts.ToString(), .. invoices, .. coupons, .. notifications]);
    }
}

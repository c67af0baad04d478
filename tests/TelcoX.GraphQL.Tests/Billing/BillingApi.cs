using System.Text.Json;
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
}

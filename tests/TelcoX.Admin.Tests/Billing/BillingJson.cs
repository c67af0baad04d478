namespace TelcoX.Admin.Tests.Billing;

/// <summary>The API's answers to the billing operations, as JSON (the shapes the .graphql files select).</summary>
public static class BillingJson
{
    public const string Number = "FAC-2026-11-00014";

    public static string Invoice(string status = "UNPAID", string? paidAt = null, string? method = null, string payments = "[]", string coupons = "[]") => $$"""
        {
          "invoice": {
            "number": "{{Number}}", "period": "2026-11", "subtotal": 20, "tax": 2.4, "discount": 0, "total": 22.4,
            "dueDate": "2026-12-03T18:47:18Z", "issuedAt": "2026-11-03T18:47:18Z", "status": "{{status}}",
            "paymentMethod": {{(method is null ? "null" : $"\"{method}\"")}}, "paidAt": {{(paidAt is null ? "null" : $"\"{paidAt}\"")}},
            "msisdn": "076256701",
            "customer": { "id": 20, "name": "Pablo Parra", "email": "pablo.parra38@example.com", "contractNumber": "CN-0000020" },
            "payments": {{payments}}
          },
          "coupons": { "nodes": {{coupons}} }
        }
        """;

    public const string LiveCoupon = """
        [{ "code": "CUP-363RR587", "amount": 22.4, "status": "ISSUED", "issuedAt": "2026-11-20T10:00:00Z", "expiresAt": "2026-11-29T18:47:18Z", "usedAt": null }]
        """;

    public static string Refused(string field, string typename, string message, string code, string rest = "") => $$"""
        { "{{field}}": { "errors": [{ "__typename": "{{typename}}", "message": "{{message}}", "code": "{{code}}" }]{{rest}} } }
        """;
}

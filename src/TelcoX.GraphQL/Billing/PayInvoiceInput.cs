namespace TelcoX.GraphQL.Billing;

/// <summary>Pays an invoice by its number, or by the code of a live coupon for it (one of the two).</summary>
public sealed record PayInvoiceInput(string? InvoiceNumber, string? CouponCode, decimal Amount, PaymentMethod Method);

namespace TelcoX.GraphQL.Coupons;

/// <summary><c>ExpiresAt</c> defaults to 30 days from now.</summary>
public sealed record GenerateCouponInput(string InvoiceNumber, DateTime? ExpiresAt);

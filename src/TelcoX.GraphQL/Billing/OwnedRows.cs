using TelcoX.GraphQL.Coupons;

namespace TelcoX.GraphQL.Billing;

/// <summary>
/// The invoices and coupons a mutation's caller may touch, filtered in the look-up's SQL: someone
/// else's number or code then finds nothing, exactly as one that does not exist (same answer, same
/// statements), so walking sequential numbers confirms nothing. Null caller (staff): every row.
/// </summary>
public static class OwnedRows
{
    public static IQueryable<Invoice> OwnedBy(this IQueryable<Invoice> invoices, int? caller) =>
        caller is { } customerId ? invoices.Where(i => i.CustomerId == customerId) : invoices;

    public static IQueryable<Coupon> OwnedBy(this IQueryable<Coupon> coupons, int? caller) =>
        caller is { } customerId ? coupons.Where(c => c.Invoice.CustomerId == customerId) : coupons;
}

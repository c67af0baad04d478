using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Coupons;

namespace TelcoX.GraphQL.Data;

public static partial class DemoData
{
    /// <summary>
    /// The demo's history is older than the sweeps: invoices already overdue and coupons already
    /// expired when it is loaded count as announced, so a first start does not send every one of
    /// them at once. Rows that fall due after loading are announced as usual.
    /// </summary>
    private static void MarkPastNoticesSent(DemoRows rows)
    {
        foreach (var invoice in rows.Customers.SelectMany(c => c.Invoices).Where(i => i.StatusAt(rows.Now) == InvoiceStatus.Overdue))
            invoice.OverdueNotifiedAt = rows.Now;
        foreach (var coupon in rows.Coupons.Where(c => c.StatusAt(rows.Now) == CouponStatus.Expired))
            coupon.ExpiryNotifiedAt = rows.Now;
    }
}

using System.Linq.Expressions;
using TelcoX.GraphQL.Billing;

namespace TelcoX.GraphQL.Coupons;

/// <summary>A payment coupon ("cuponera") issued for one unpaid invoice.</summary>
public sealed class Coupon
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public int InvoiceId { get; set; }
    public Invoice Invoice { get; set; } = null!;
    public decimal Amount { get; set; }
    public DateTime IssuedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public CouponStatus StoredStatus { get; set; }
    public DateTime? UsedAt { get; set; }
    /// <summary>When the expiry sweep told the customer; set once, by one conditional UPDATE.</summary>
    public DateTime? ExpiryNotifiedAt { get; set; }

    /// <summary>The one EXPIRED rule: SQL filters and sorts translate it, <see cref="StatusAt"/> runs it compiled.</summary>
    public static readonly Expression<Func<Coupon, DateTime, CouponStatus>> Status = (coupon, now) =>
        coupon.StoredStatus == CouponStatus.Issued && coupon.ExpiresAt <= now ? CouponStatus.Expired : coupon.StoredStatus;

    private static readonly Func<Coupon, DateTime, CouponStatus> CompiledStatus = Status.Compile();

    public CouponStatus StatusAt(DateTime now) => CompiledStatus(this, now);
}

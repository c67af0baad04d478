using TelcoX.GraphQL.Coupons;

namespace TelcoX.GraphQL.Billing;

public sealed class Payment
{
    public int Id { get; set; }
    public int InvoiceId { get; set; }
    public Invoice Invoice { get; set; } = null!;
    public int? CouponId { get; set; }
    public Coupon? Coupon { get; set; }
    public decimal Amount { get; set; }
    public PaymentMethod Method { get; set; }
    public DateTime PaidAt { get; set; }
}

using TelcoX.GraphQL.Conventions.Fields;

namespace TelcoX.GraphQL.Coupons;

/// <summary>Filters and sorts see <c>status</c> as clients do: ISSUED past its expiry reads EXPIRED, in SQL.</summary>
internal sealed class CouponConventions : IEntityConventions<Coupon>
{
    public void Configure(EntityConventionsBuilder<Coupon> coupon) => coupon
        .Ignore(c => c.StoredStatus)
        .Ignore(c => c.ExpiryNotifiedAt) // the expiry sweep's bookkeeping, not part of the API
        .Field("status", Coupon.Status);
}

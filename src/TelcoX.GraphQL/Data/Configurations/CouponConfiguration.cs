using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TelcoX.GraphQL.Coupons;

namespace TelcoX.GraphQL.Data.Configurations;

internal sealed class CouponConfiguration : IEntityTypeConfiguration<Coupon>
{
    public void Configure(EntityTypeBuilder<Coupon> coupon)
    {
        coupon.Property(c => c.Code).HasMaxLength(32);
        coupon.Property(c => c.StoredStatus).HasColumnName("Status");
        coupon.HasIndex(c => c.Code).IsUnique();
        coupon.HasIndex(c => new { c.InvoiceId, c.StoredStatus });
        // The expiry sweep's search: issued, not yet announced, expired before now.
        coupon.HasIndex(c => new { c.StoredStatus, c.ExpiryNotifiedAt, c.ExpiresAt });
        coupon.HasOne(c => c.Invoice).WithMany().HasForeignKey(c => c.InvoiceId).OnDelete(DeleteBehavior.Restrict);
    }
}

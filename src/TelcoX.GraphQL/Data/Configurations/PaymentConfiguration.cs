using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TelcoX.GraphQL.Billing;

namespace TelcoX.GraphQL.Data.Configurations;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> payment)
    {
        payment.HasOne(p => p.Invoice).WithMany(i => i.Payments).HasForeignKey(p => p.InvoiceId).OnDelete(DeleteBehavior.Restrict);
        payment.HasOne(p => p.Coupon).WithMany().HasForeignKey(p => p.CouponId).OnDelete(DeleteBehavior.SetNull);
    }
}

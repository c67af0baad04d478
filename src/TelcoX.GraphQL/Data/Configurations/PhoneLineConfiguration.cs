using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Usage;

namespace TelcoX.GraphQL.Data.Configurations;

internal sealed class PhoneLineConfiguration : IEntityTypeConfiguration<PhoneLine>
{
    public void Configure(EntityTypeBuilder<PhoneLine> line)
    {
        line.Property(l => l.Msisdn).HasMaxLength(16);
        line.HasIndex(l => l.Msisdn).IsUnique();
        line.HasOne(l => l.Customer).WithMany(c => c.Lines).HasForeignKey(l => l.CustomerId).OnDelete(DeleteBehavior.Restrict);
        line.HasOne(l => l.Plan).WithMany().HasForeignKey(l => l.PlanId).OnDelete(DeleteBehavior.SetNull);
        line.HasOne(l => l.Consumption).WithOne(c => c.PhoneLine).HasForeignKey<Consumption>(c => c.PhoneLineId);
    }
}

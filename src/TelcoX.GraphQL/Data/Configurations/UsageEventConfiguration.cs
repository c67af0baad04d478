using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TelcoX.GraphQL.Usage;

namespace TelcoX.GraphQL.Data.Configurations;

internal sealed class UsageEventConfiguration : IEntityTypeConfiguration<UsageEvent>
{
    public void Configure(EntityTypeBuilder<UsageEvent> usage)
    {
        usage.Property(e => e.EventId).HasMaxLength(100);
        // Unique so that a repeated event id is refused by the database itself, even under races.
        usage.HasIndex(e => e.EventId).IsUnique();
        usage.HasIndex(e => new { e.PhoneLineId, e.OccurredAt });
        usage.HasOne(e => e.PhoneLine).WithMany(l => l.UsageEvents).HasForeignKey(e => e.PhoneLineId);
        usage.HasOne<DataPlan>().WithMany().HasForeignKey(e => e.DataPlanId).OnDelete(DeleteBehavior.SetNull);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TelcoX.GraphQL.Jobs;

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public const int SummaryLength = 512;

    public void Configure(EntityTypeBuilder<JobLease> lease)
    {
        lease.ToTable("JobLeases");
        lease.HasKey(l => l.Name);
        lease.Property(l => l.Name).HasMaxLength(64);
        lease.Property(l => l.Holder).HasMaxLength(128);
        lease.Property(l => l.LastRunBy).HasMaxLength(128);
        lease.Property(l => l.LastSummary).HasMaxLength(SummaryLength);
    }
}

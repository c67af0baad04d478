using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TelcoX.GraphQL.Usage;

namespace TelcoX.GraphQL.Data.Configurations;

internal sealed class DataPlanConfiguration : IEntityTypeConfiguration<DataPlan>
{
    public void Configure(EntityTypeBuilder<DataPlan> plan)
    {
        plan.HasOne(p => p.PhoneLine).WithMany(l => l.DataPlans).HasForeignKey(p => p.PhoneLineId);
        plan.HasIndex(p => new { p.PhoneLineId, p.IsActive });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TelcoX.GraphQL.Usage;

namespace TelcoX.GraphQL.Data.Configurations;

internal sealed class ConsumptionConfiguration : IEntityTypeConfiguration<Consumption>
{
    public void Configure(EntityTypeBuilder<Consumption> consumption)
    {
        // The database refuses negatives too, so no code path can write one.
        consumption.ToTable("Consumptions", t =>
        {
            t.HasCheckConstraint("CK_Consumptions_Balance", "Balance >= 0");
            t.HasCheckConstraint("CK_Consumptions_DataMb", "DataMb >= 0");
            t.HasCheckConstraint("CK_Consumptions_Minutes", "Minutes >= 0");
        });
        consumption.HasIndex(c => c.PhoneLineId).IsUnique();
        consumption.HasIndex(c => c.UpdatedAt);
    }
}

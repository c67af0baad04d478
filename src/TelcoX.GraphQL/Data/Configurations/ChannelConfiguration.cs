using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TelcoX.GraphQL.Channels;

namespace TelcoX.GraphQL.Data.Configurations;

internal sealed class ChannelConfiguration : IEntityTypeConfiguration<Channel>
{
    public void Configure(EntityTypeBuilder<Channel> channel)
    {
        channel.Property(c => c.Content).HasMaxLength(255);
        channel.HasOne(c => c.Customer).WithMany(c => c.Channels).HasForeignKey(c => c.CustomerId);
        channel.HasIndex(c => new { c.Kind, c.Timestamp });
        channel.HasIndex(c => new { c.CustomerId, c.Timestamp });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TelcoX.GraphQL.Notifications;

namespace TelcoX.GraphQL.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.Property(n => n.Message).HasMaxLength(500);
        notification.HasIndex(n => new { n.UserId, n.IsRead, n.CreatedAt });
        notification.HasOne(n => n.User).WithMany().HasForeignKey(n => n.UserId);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TelcoX.GraphQL.Transactions;

namespace TelcoX.GraphQL.Data.Configurations;

internal sealed class TransactionConfiguration : IEntityTypeConfiguration<Transaction>
{
    public void Configure(EntityTypeBuilder<Transaction> transaction)
    {
        transaction.Property(t => t.Description).HasMaxLength(255);
        transaction.Property(t => t.Reference).HasMaxLength(64);
        transaction.HasIndex(t => new { t.CustomerId, t.OccurredAt });
        transaction.HasOne(t => t.Customer).WithMany(c => c.Transactions).HasForeignKey(t => t.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }
}

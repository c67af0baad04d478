using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TelcoX.GraphQL.Billing;

namespace TelcoX.GraphQL.Data.Configurations;

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> invoice)
    {
        invoice.Property(i => i.Number).HasMaxLength(32);
        invoice.Property(i => i.Period).HasMaxLength(7).IsFixedLength();
        invoice.Property(i => i.StoredStatus).HasColumnName("Status");
        invoice.HasIndex(i => i.Number).IsUnique();
        invoice.HasIndex(i => new { i.CustomerId, i.Period });
        invoice.HasIndex(i => new { i.PhoneLineId, i.Period });
        // The overdue sweep's search: unpaid, not yet announced, due before now.
        invoice.HasIndex(i => new { i.StoredStatus, i.OverdueNotifiedAt, i.DueDate });
        invoice.HasOne(i => i.Customer).WithMany(c => c.Invoices).HasForeignKey(i => i.CustomerId).OnDelete(DeleteBehavior.Restrict);
        invoice.HasOne(i => i.PhoneLine).WithMany().HasForeignKey(i => i.PhoneLineId).OnDelete(DeleteBehavior.SetNull);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TelcoX.GraphQL.Customers;

namespace TelcoX.GraphQL.Data.Configurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> customer)
    {
        customer.Property(c => c.Name).HasMaxLength(200);
        customer.Property(c => c.Dni).HasMaxLength(20);
        customer.Property(c => c.Email).HasMaxLength(254);
        customer.Property(c => c.ServiceType).HasMaxLength(50);
        customer.Property(c => c.ContractNumber).HasMaxLength(32);
        customer.HasIndex(c => c.Dni).IsUnique();
        customer.HasIndex(c => c.ContractNumber).IsUnique();
        customer.HasIndex(c => c.Name);
    }
}

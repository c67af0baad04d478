using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TelcoX.GraphQL.Products;

namespace TelcoX.GraphQL.Data.Configurations;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> product)
    {
        product.ToTable("Products", t => t.HasCheckConstraint("CK_Products_Price", "Price > 0"));
        product.Property(p => p.Name).HasMaxLength(255);
        product.Property(p => p.Description).HasMaxLength(1024);
        product.HasIndex(p => p.Name).IsUnique();
    }
}

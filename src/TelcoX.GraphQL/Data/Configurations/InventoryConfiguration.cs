using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TelcoX.GraphQL.Inventory;

namespace TelcoX.GraphQL.Data.Configurations;

internal sealed class InventoryConfiguration : IEntityTypeConfiguration<InventoryItem>
{
    public void Configure(EntityTypeBuilder<InventoryItem> inventory)
    {
        inventory.ToTable("Inventories", t => t.HasCheckConstraint("CK_Inventories_Quantity", "Quantity >= 0"));
        inventory.HasKey(i => i.ProductId);
        inventory.HasOne(i => i.Product).WithOne().HasForeignKey<InventoryItem>(i => i.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}

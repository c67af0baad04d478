using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Channels;
using TelcoX.GraphQL.Coupons;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Inventory;
using TelcoX.GraphQL.Notifications;
using TelcoX.GraphQL.Plans;
using TelcoX.GraphQL.Products;
using TelcoX.GraphQL.Transactions;
using TelcoX.GraphQL.Usage;
using TelcoX.GraphQL.Users;

namespace TelcoX.GraphQL.Data;

/// <summary>
/// The one database. Each provider has a sealed subclass so that each keeps its own migrations
/// (<see cref="SqliteTelcoDbContext"/>, <see cref="MySqlTelcoDbContext"/>).
/// </summary>
public abstract partial class TelcoDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<PhoneLine> PhoneLines => Set<PhoneLine>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<Consumption> Consumptions => Set<Consumption>();
    public DbSet<DataPlan> DataPlans => Set<DataPlan>();
    public DbSet<UsageEvent> UsageEvents => Set<UsageEvent>();
    public DbSet<Channel> Channels => Set<Channel>();
    public DbSet<User> Users => Set<User>();
    public DbSet<Invoice> Invoices => Set<Invoice>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<Coupon> Coupons => Set<Coupon>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<Transaction> Transactions => Set<Transaction>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<InventoryItem> Inventories => Set<InventoryItem>();
    public DbSet<Purchase> Purchases => Set<Purchase>();

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        builder.Properties<decimal>().HavePrecision(12, 2);
        builder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        builder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        builder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TelcoDbContext).Assembly);
        ApplyRowScope(modelBuilder);
    }
}

using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Products;
using TelcoX.GraphQL.Usage;
using TelcoX.GraphQL.Users;

namespace TelcoX.GraphQL.Tests.Infrastructure;

/// <summary>
/// New rows with keys the demo data never uses (msisdns "+1555…", contracts and invoices "T-…",
/// products "Test …"), so tests never depend on the database being otherwise empty.
/// </summary>
public static class TestRows
{
    private static int counter = Random.Shared.Next(10_000_000);

    public static readonly DateTime Now = TruncateToSeconds(DateTime.UtcNow);

    public static string Unique() => Interlocked.Increment(ref counter).ToString("D8");

    public static string Msisdn() => "+1555" + Unique();

    public static Customer Customer(string name = "Test Customer") => new()
    {
        Name = name,
        ServiceType = "prepago",
        ContractNumber = "T-" + Unique(),
        Email = $"test-{Unique()}@example.test",
        CreatedAt = Now,
    };

    public static PhoneLine Line(Customer customer, ProductType type = ProductType.Movil) =>
        new() { Msisdn = Msisdn(), ProductType = type, Customer = customer, CreatedAt = Now };

    public static Invoice Invoice(Customer customer, PhoneLine? line, string period, DateTime dueDate,
        InvoiceStatus status = InvoiceStatus.Unpaid, decimal subtotal = 25.00m, decimal tax = 3.00m, decimal discount = 0m) => new()
        {
            Number = "T-INV-" + Unique(),
            Customer = customer,
            PhoneLine = line,
            Period = period,
            Subtotal = subtotal,
            Tax = tax,
            Discount = discount,
            Total = GraphQL.Billing.Invoice.TotalOf(subtotal, tax, discount),
            DueDate = dueDate,
            StoredStatus = status,
            IssuedAt = Now,
        };

    public static DataPlan DataPlan(PhoneLine line, long limitBytes, long usedBytes, bool isActive = true) => new()
    {
        PhoneLine = line,
        LimitBytes = limitBytes,
        UsedBytes = usedBytes,
        SocialBytes = usedBytes,
        StartAt = Now.AddDays(-1),
        ExpiresAt = Now.AddDays(29),
        IsActive = isActive,
    };

    public static Product Product(decimal price = 9.99m) =>
        new() { Name = "Test product " + Unique(), Price = price, CreatedAt = Now, UpdatedAt = Now };

    public static User User(UserRole role = UserRole.Agent, Customer? customer = null) => new()
    {
        Email = $"test-{Unique()}@example.test",
        PasswordHash = "test-hash-" + Unique(),
        Role = role,
        Customer = customer,
        CreatedAt = Now,
    };

    private static DateTime TruncateToSeconds(DateTime time) =>
        new(time.Ticks - time.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
}

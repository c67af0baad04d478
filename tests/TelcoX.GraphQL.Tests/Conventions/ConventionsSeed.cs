using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Coupons;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Products;
using TelcoX.GraphQL.Usage;
using TelcoX.GraphQL.Users;

namespace TelcoX.GraphQL.Tests.Conventions;

/// <summary>
/// The rows every conventions test runs over, kept in memory too: LINQ to Objects over these
/// lists is the oracle the SQL answers are compared with. Each read builds new objects, so that
/// fixtures running in parallel never share tracked entities.
/// </summary>
public static class ConventionsSeed
{
    public static readonly DateTime Now = new(2026, 1, 15, 12, 0, 0, DateTimeKind.Utc);

    private static readonly string[] Names =
        ["ÁLVARO Pérez", "álvaro ruiz", "Alvaro Díaz", "Jhon Doe", "jhon smith", "Lourdes Vargas", "Ñandú SA", "Zoe Ñúñez"];

    private static readonly decimal[] Totals = [9.50m, 10.25m, 100.00m, 99.99m, 0.50m, 1000.00m, 10.25m];

    public static List<Customer> Customers => Enumerable.Range(1, 60).Select(i => new Customer
    {
        Id = i,
        Name = i <= Names.Length ? Names[i - 1] : $"Cliente {i % 7}", // repeated names: ties broken by id
        Dni = i % 4 == 0 ? null : $"09{i:00000000}",
        Email = i % 3 == 0 ? null : $"c{i}@telcox.dev",
        ServiceType = (i % 3) switch { 0 => "prepago", 1 => "soporte", _ => "PQRS" },
        ContractNumber = $"CN-{i:0000}",
        CreatedAt = Now.AddDays(-i).AddHours(i % 5),
    }).ToList();

    public static List<PhoneLine> Lines => Customers.SelectMany(c => Enumerable.Range(0, 2).Select(k => new PhoneLine
    {
        Id = c.Id * 2 - 1 + k,
        Msisdn = k == 0 ? $"5939{c.Id:00000000}" : $"09{c.Id:00000000}",
        ProductType = (c.Id + k) % 2 == 0 ? ProductType.Movil : ProductType.Fijo,
        CustomerId = c.Id,
        CreatedAt = c.CreatedAt,
    })).ToList();

    public static List<Consumption> Consumptions => Lines.Select(l => new Consumption
    {
        Id = l.Id, PhoneLineId = l.Id, Balance = l.Id % 9 + 0.25m, DataMb = l.Id * 10.5m, Minutes = l.Id % 13, UpdatedAt = Now,
    }).ToList();

    public static List<DataPlan> DataPlans => Lines.Where(l => l.Id % 3 == 0).Select(l => new DataPlan
    {
        Id = l.Id, PhoneLineId = l.Id, LimitBytes = (l.Id % 2 == 0 ? 32212254720L : 1073741824L), UsedBytes = l.Id * 1000L,
        StartAt = Now.AddDays(-10), ExpiresAt = Now.AddDays(20), IsActive = l.Id % 2 == 0,
    }).ToList();

    public static List<Invoice> Invoices => Customers.SelectMany(c => Enumerable.Range(0, 3).Select(k =>
    {
        var id = c.Id * 3 - 2 + k;
        var total = Totals[id % Totals.Length];
        return new Invoice
        {
            Id = id, Number = $"F-{id:00000}", CustomerId = c.Id, PhoneLineId = k == 2 ? null : c.Id * 2 - 1,
            Period = $"2025-{k + 10:00}", Subtotal = total, Tax = 0, Discount = 0, Total = total,
            DueDate = Now.AddDays(id % 5 - 2), // some past, some ahead
            StoredStatus = id % 3 == 0 ? InvoiceStatus.Paid : InvoiceStatus.Unpaid,
            PaymentMethod = id % 3 == 0 ? (PaymentMethod)(id % 4) : null,
            PaidAt = id % 3 == 0 ? Now.AddDays(-1) : null,
            IssuedAt = Now.AddDays(-30),
        };
    })).ToList();

    public static List<Coupon> Coupons => Invoices.Where(i => i.Id % 4 == 1).Select(i => new Coupon
    {
        Id = i.Id, Code = $"CP-{i.Id:00000}", InvoiceId = i.Id, Amount = i.Total, IssuedAt = Now.AddDays(-5),
        ExpiresAt = Now.AddDays(i.Id % 3 - 1), StoredStatus = i.Id % 5 == 0 ? CouponStatus.Used : CouponStatus.Issued,
    }).ToList();

    public static List<Product> Products => Enumerable.Range(1, 25).Select(i => new Product
    {
        Id = i, Name = $"Producto {i:00}", Description = i % 2 == 0 ? null : "Accesorio", Price = 0.5m + i * 1.25m,
        IsActive = i % 5 != 0, CreatedAt = Now.AddDays(-i), UpdatedAt = Now,
    }).ToList();

    public static List<User> Users =>
    [
        new() { Id = 1, Email = "admin@telcox.dev", PasswordHash = "AQAAAA-secret", Role = UserRole.Admin, CreatedAt = Now },
        new() { Id = 2, Email = "c1@telcox.dev", PasswordHash = "AQAAAB-secret", Role = UserRole.Customer, CustomerId = 1, CreatedAt = Now },
    ];
}

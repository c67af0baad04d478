using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Coupons;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Inventory;
using TelcoX.GraphQL.Notifications;
using TelcoX.GraphQL.Plans;
using TelcoX.GraphQL.Products;
using TelcoX.GraphQL.Usage;
using TelcoX.GraphQL.Users;

namespace TelcoX.GraphQL.Data;

/// <summary>
/// The demo rows before they are saved. Customers carry their lines, channels, invoices and
/// transactions as navigations, so adding them adds the whole graph.
/// </summary>
internal sealed class DemoRows(DateTime now)
{
    private int contracts;
    private int invoices;

    /// <summary>The seeding time; relative dates (due dates, plan windows) hang off it.</summary>
    public DateTime Now { get; } = now;

    public List<Plan> Plans { get; } = [];
    public List<Customer> Customers { get; } = [];
    public List<Coupon> Coupons { get; } = [];
    public List<Product> Products { get; } = [];
    public List<InventoryItem> Inventories { get; } = [];
    public List<Purchase> Purchases { get; } = [];
    public List<User> Users { get; } = [];
    public List<Notification> Notifications { get; } = [];

    /// <summary>Saved after the first pass: a usage event names its data plan by id only.</summary>
    public List<(DataPlan Plan, UsageEvent Event)> UsageEvents { get; } = [];

    public HashSet<string> Msisdns { get; } = [];

    public Plan Plan(string name) => Plans.Single(p => p.Name == name);

    public PhoneLine Line(string msisdn) => Customers.SelectMany(c => c.Lines).Single(l => l.Msisdn == msisdn);

    public Customer AddCustomer(string name, string serviceType, DateTime createdAt, string? dni = null, string? email = null)
    {
        var customer = new Customer
        {
            Name = name,
            ServiceType = serviceType,
            ContractNumber = NextContractNumber(),
            CreatedAt = createdAt,
            Dni = dni,
            Email = email,
        };
        Customers.Add(customer);
        return customer;
    }

    public PhoneLine AddLine(Customer customer, string msisdn, ProductType type, Plan? plan, DateTime createdAt)
    {
        if (!Msisdns.Add(msisdn))
            throw new InvalidOperationException($"Demo msisdn {msisdn} is used twice.");
        var line = new PhoneLine { Msisdn = msisdn, ProductType = type, Customer = customer, Plan = plan, CreatedAt = createdAt };
        customer.Lines.Add(line);
        return line;
    }

    public static void SetConsumption(PhoneLine line, decimal balance, decimal dataMb, int minutes, DateTime updatedAt) =>
        line.Consumption = new Consumption { Balance = balance, DataMb = dataMb, Minutes = minutes, UpdatedAt = updatedAt };

    private string NextContractNumber() => $"CN-{++contracts:D7}";

    public string NextInvoiceNumber(string period) => $"FAC-{period}-{++invoices:D5}";

    /// <summary>Usage of a line's plan, booked both as history and on the plan's counters.</summary>
    public void AddUsage(DataPlan plan, UsageCategory category, long bytes, DateTime occurredAt)
    {
        UsageEvents.Add((plan, new UsageEvent { Category = category, Bytes = bytes, OccurredAt = occurredAt }));
        plan.UsedBytes += bytes;
        switch (category)
        {
            case UsageCategory.Social: plan.SocialBytes += bytes; break;
            case UsageCategory.Entertainment: plan.EntertainmentBytes += bytes; break;
            case UsageCategory.SystemUpdates: plan.SystemUpdatesBytes += bytes; break;
            default: plan.NavigationSearchBytes += bytes; break;
        }
    }

    public static decimal RemainingMb(DataPlan plan) => LineDataPlans.RemainingMb(plan);
}

using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Usage;

namespace TelcoX.GraphQL.Data;

public static partial class DemoData
{
    internal const string JesusMsisdn = "0969786985";
    internal const long ThirtyGiB = 32212254720;

    /// <summary>Seed 001's customers; "12.75 of 30.00" is the consumption against the line's plan.</summary>
    private static void AddSeed001(DemoRows rows)
    {
        var jesus = rows.AddCustomer("Jesus Jacome", "postpago", Utc(2025, 4, 10), dni: "0929668846", email: "jesus.jacome@telcox.dev");
        var line = rows.AddLine(jesus, JesusMsisdn, ProductType.Movil, rows.Plan(Movil30), jesus.CreatedAt);

        // Started a few days before seeding so that it is active and unexpired on the first start.
        var start = rows.Now.AddDays(-3);
        var plan = new DataPlan { LimitBytes = ThirtyGiB, StartAt = start, ExpiresAt = start.AddDays(30), IsActive = true };
        line.DataPlans.Add(plan);
        rows.AddUsage(plan, UsageCategory.Social, 1048576, start.AddHours(5));
        rows.AddUsage(plan, UsageCategory.Entertainment, 1048576, start.AddHours(20));
        rows.AddUsage(plan, UsageCategory.Entertainment, 1048576, start.AddHours(30));
        rows.AddUsage(plan, UsageCategory.NavigationSearch, 524288, start.AddHours(50));
        DemoRows.SetConsumption(line, 12.75m, DemoRows.RemainingMb(plan), 320, rows.Now);

        rows.AddInvoice(line, "2025-05", 25.00m, 3.00m, 0.00m, Utc(2025, 5, 1), Utc(2025, 5, 31))
            .Pay(PaymentMethod.Tarjeta, Utc(2025, 5, 25, 14, 30, 0));
        rows.AddInvoice(line, "2025-06", 30.00m, 3.60m, 2.00m, Utc(2025, 6, 1), Utc(2025, 7, 1))
            .Pay(PaymentMethod.Transferencia, Utc(2025, 6, 28, 9, 15, 0));

        // A fixed voice line has no mobile data, so Bruno's DataMb is 0.
        var bruno = rows.AddCustomer("Bruno S.", "postpago", Utc(2025, 4, 12));
        DemoRows.SetConsumption(rows.AddLine(bruno, "0923456789", ProductType.Fijo, rows.Plan(Fijo20), bruno.CreatedAt),
            3.50m, 0.00m, 45, rows.Now);

        // Carla has used up her balance and minutes; her data plan is spent too, for a consistent picture.
        var carla = rows.AddCustomer("Carla M.", "postpago", Utc(2025, 4, 20));
        var carlaLine = rows.AddLine(carla, "0934567890", ProductType.Movil, rows.Plan(Movil10), carla.CreatedAt);
        var spent = new DataPlan { LimitBytes = LineDataPlans.Bytes(carlaLine.Plan!.DataMb), StartAt = start, ExpiresAt = start.AddDays(30), IsActive = true };
        carlaLine.DataPlans.Add(spent);
        rows.AddUsage(spent, UsageCategory.Entertainment, spent.LimitBytes, start.AddHours(40));
        DemoRows.SetConsumption(carlaLine, 0.00m, DemoRows.RemainingMb(spent), 0, rows.Now);
    }
}

using Bogus;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Plans;
using TelcoX.GraphQL.Usage;

namespace TelcoX.GraphQL.Data;

public static partial class DemoData
{
    /// <summary>An active 30-day plan of the line's plan's data, sometimes after an expired one kept as history; returns the active one.</summary>
    private static DataPlan AddGeneratedDataPlans(DemoRows rows, Faker faker, PhoneLine line, Plan plan)
    {
        var limitBytes = LineDataPlans.Bytes(plan.DataMb);
        if (faker.Random.Bool(0.3f))
        {
            var previous = NewDataPlan(limitBytes, rows.Now.AddDays(-faker.Random.Int(35, 60)), isActive: false);
            line.DataPlans.Add(previous);
            AddGeneratedUsage(rows, faker, previous, previous.ExpiresAt);
        }
        var current = NewDataPlan(limitBytes, rows.Now.AddDays(-faker.Random.Int(0, 25)).AddHours(-faker.Random.Int(1, 23)), isActive: true);
        line.DataPlans.Add(current);
        AddGeneratedUsage(rows, faker, current, rows.Now);
        return current;
    }

    private static DataPlan NewDataPlan(long limitBytes, DateTime start, bool isActive) => new()
    {
        LimitBytes = limitBytes,
        StartAt = start,
        ExpiresAt = start.AddDays(30),
        IsActive = isActive,
    };

    /// <summary>Two to six events using 5–95 % of the plan, so that some plans sit past the 80 % warning.</summary>
    private static void AddGeneratedUsage(DemoRows rows, Faker faker, DataPlan plan, DateTime until)
    {
        var left = faker.Random.Long(plan.LimitBytes / 20, plan.LimitBytes / 20 * 19);
        var count = faker.Random.Int(2, 6);
        for (var i = 0; i < count; i++)
        {
            var bytes = i == count - 1 ? left : faker.Random.Long(1, left / 2);
            left -= bytes;
            rows.AddUsage(plan, faker.PickRandom<UsageCategory>(), bytes, faker.Between(plan.StartAt, until));
        }
    }
}

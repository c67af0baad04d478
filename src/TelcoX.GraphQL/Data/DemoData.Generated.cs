using Bogus;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Plans;

namespace TelcoX.GraphQL.Data;

public static partial class DemoData
{
    private const int GeneratedCustomerCount = 40;

    // Weighted by repetition: most customers are mobile subscribers, a few only ever called support.
    private static readonly string[] GeneratedServiceTypes =
        ["prepago", "prepago", "prepago", "postpago", "postpago", "postpago", "postpago", "soporte", "PQRS"];

    private static void AddGeneratedCustomers(DemoRows rows, Faker faker)
    {
        var dnis = new HashSet<string>(rows.Customers.Where(c => c.Dni is not null).Select(c => c.Dni!));
        var mobilePlans = rows.Plans.Where(p => !FixedPlanNames.Contains(p.Name)).ToList();
        var fixedPlans = rows.Plans.Where(p => FixedPlanNames.Contains(p.Name)).ToList();

        for (var i = 0; i < GeneratedCustomerCount; i++)
        {
            var first = faker.Name.FirstName();
            var last = faker.Name.LastName();
            var createdAt = rows.Now.AddDays(-faker.Random.Int(40, 720)).AddMinutes(-faker.Random.Int(0, 1439));
            var dni = faker.Random.Bool(0.85f) ? faker.Cedula(dnis) : null;
            var email = faker.Random.Bool(0.8f) ? faker.Internet.Email(first, last, "example.com").ToLowerInvariant() : null;
            var customer = rows.AddCustomer($"{first} {last}", faker.PickRandom(GeneratedServiceTypes), createdAt, dni, email);

            var lineCount = faker.Random.Bool(0.3f) ? 2 : 1;
            for (var n = 0; n < lineCount; n++)
                AddGeneratedLine(rows, faker, customer, mobilePlans, fixedPlans);
        }
    }

    private static void AddGeneratedLine(DemoRows rows, Faker faker, Customer customer, List<Plan> mobilePlans, List<Plan> fixedPlans)
    {
        var isFixed = faker.Random.Bool(0.2f);
        var plan = faker.PickRandom(isFixed ? fixedPlans : mobilePlans);
        var msisdn = faker.Msisdn(isFixed, rows.Msisdns);
        var line = rows.AddLine(customer, msisdn, isFixed ? ProductType.Fijo : ProductType.Movil, plan,
            customer.CreatedAt.AddDays(faker.Random.Int(0, 30)));

        var dataPlan = plan.DataMb > 0 ? AddGeneratedDataPlans(rows, faker, line, plan) : null;
        var balance = faker.Money(0, plan.MonthlyFee);
        var minutes = faker.Random.Int(0, plan.Minutes);
        // A line's data is what is left of its data plan; a plan without data leaves none.
        var dataMb = dataPlan is null ? 0m : DemoRows.RemainingMb(dataPlan);
        DemoRows.SetConsumption(line, balance, dataMb, minutes, rows.Now.AddMinutes(-faker.Random.Int(1, 7 * 24 * 60)));
    }
}

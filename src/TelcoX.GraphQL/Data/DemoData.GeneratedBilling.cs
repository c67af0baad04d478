using Bogus;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Transactions;

namespace TelcoX.GraphQL.Data;

public static partial class DemoData
{
    /// <summary>
    /// Postpaid lines get last month's invoice (paid, or unpaid and past due so it reads OVERDUE) and
    /// this month's, unpaid and due ahead. Prepaid lines get recharges instead.
    /// </summary>
    private static void AddGeneratedBilling(DemoRows rows, Faker faker, List<Customer> generated)
    {
        foreach (var line in generated.SelectMany(c => c.Lines))
        {
            if (line.Customer.ServiceType == "postpago")
                AddPostpaidInvoices(rows, faker, line);
            else if (line.Customer.ServiceType == "prepago")
                AddRecharges(rows, faker, line);
        }
    }

    private static void AddPostpaidInvoices(DemoRows rows, Faker faker, PhoneLine line)
    {
        var fee = line.Plan!.MonthlyFee;
        var lastDue = rows.Now.AddDays(-faker.Random.Int(3, 40));
        var last = rows.AddInvoice(line, DemoBilling.PeriodOf(lastDue.AddDays(-15)), fee, DemoBilling.TaxOf(fee),
            faker.Random.Bool(0.2f) ? faker.Money(1, 3) : 0.00m, lastDue.AddDays(-30), lastDue);
        if (faker.Random.Bool(0.5f))
            last.Pay(faker.PickRandom<PaymentMethod>(), faker.Between(last.IssuedAt, lastDue));

        var nextDue = rows.Now.AddDays(faker.Random.Int(5, 25));
        rows.AddInvoice(line, DemoBilling.PeriodOf(nextDue.AddDays(-15)), fee, DemoBilling.TaxOf(fee), 0.00m,
            nextDue.AddDays(-30), nextDue);
    }

    private static void AddRecharges(DemoRows rows, Faker faker, PhoneLine line)
    {
        for (var i = faker.Random.Int(0, 3); i > 0; i--)
        {
            var amount = faker.PickRandom(1.00m, 3.00m, 5.00m, 10.00m);
            line.Customer.AddTransaction(TransactionKind.Recharge, amount, $"Recarga de saldo a la línea {line.Msisdn}",
                line.Msisdn, faker.Between(rows.Now.AddDays(-60), rows.Now));
        }
    }
}

using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Plans;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Users;

namespace TelcoX.GraphQL.Tests.Billing;

/// <summary>A customer with a CUSTOMER login and lines in every state a billing run tells apart, all in one month long ago.</summary>
public sealed record BillingCycleRows(Customer Customer, User User, Plan Paid, PhoneLine[] PaidLines, PhoneLine NoPlan, PhoneLine Free, PhoneLine Late)
{
    public static async Task<BillingCycleRows> ArrangeAsync(TelcoApiFactory api, int year, int paidLines = 1)
    {
        var month = new DateTime(year, 1, 10, 0, 0, 0, DateTimeKind.Utc);
        var paid = new Plan { Name = "Test paid " + TestRows.Unique(), MonthlyFee = 20.00m, DataMb = 0, Minutes = 100 };
        var free = new Plan { Name = "Test free " + TestRows.Unique(), MonthlyFee = 0m, DataMb = 0, Minutes = 0 };
        var customer = TestRows.Customer();
        var user = TestRows.User(UserRole.Customer, customer);
        PhoneLine Line(Plan? plan, DateTime created)
        {
            var line = TestRows.Line(customer);
            line.Plan = plan;
            line.CreatedAt = created;
            return line;
        }
        var rows = new BillingCycleRows(customer, user, paid, [.. Enumerable.Range(0, paidLines).Select(_ => Line(paid, month))],
            Line(null, month), Line(free, month), Line(paid, month.AddMonths(1)));
        await api.AddRowsAsync([paid, free, customer, user, .. rows.PaidLines, rows.NoPlan, rows.Free, rows.Late]);
        return rows;
    }
}

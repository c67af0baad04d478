using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Usage;
using TelcoX.GraphQL.Users;

namespace TelcoX.GraphQL.Tests.Usage;

/// <summary>A customer with one line, its consumption, optionally a data plan and a CUSTOMER user.</summary>
public sealed record UsageArrange(Customer Customer, PhoneLine Line, Consumption Consumption, DataPlan? Plan, User? User)
{
    public string Msisdn => Line.Msisdn;

    public static async Task<UsageArrange> AddAsync(TelcoApiFactory api, decimal balance = 10.50m, decimal dataMb = 1536m, int minutes = 220,
        long? limitBytes = null, long usedBytes = 0, bool withUser = false, GraphQL.Plans.Plan? plan = null, bool planActive = true)
    {
        var customer = TestRows.Customer();
        var line = TestRows.Line(customer);
        line.PlanId = plan?.Id;
        var consumption = new Consumption { PhoneLine = line, Balance = balance, DataMb = dataMb, Minutes = minutes, UpdatedAt = TestRows.Now.AddDays(-1) };
        var dataPlan = limitBytes is { } limit ? TestRows.DataPlan(line, limit, usedBytes, planActive) : null;
        var user = withUser ? TestRows.User(UserRole.Customer, customer) : null;
        await api.AddRowsAsync([consumption, .. dataPlan is null ? Array.Empty<object>() : [dataPlan], .. user is null ? Array.Empty<object>() : [user]]);
        return new UsageArrange(customer, line, consumption, dataPlan, user);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Tests.Realtime;

public static class StoredConsumption
{
    /// <summary>The minutes the database holds for a line: what every transport must answer for it.</summary>
    public static async Task<int> MinutesAsync(IServiceProvider services, string msisdn)
    {
        await using var db = services.GetRequiredService<IDbContextFactory<TelcoDbContext>>().CreateDbContext();
        return await db.Consumptions.Where(c => c.PhoneLine.Msisdn == msisdn).Select(c => c.Minutes).SingleAsync();
    }
}

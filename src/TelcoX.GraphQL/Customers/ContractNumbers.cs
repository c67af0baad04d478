using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Customers;

/// <summary>Contract numbers in the demo data's style, CN-0000001, derived from the customer's own id.</summary>
public static class ContractNumbers
{
    /// <summary>
    /// The id is unique, so two registrations never race for the same number; only a number someone
    /// typed by hand can already hold it, and then a suffix (-2, -3 …) keeps it unique.
    /// </summary>
    public static async Task<string> ForAsync(TelcoDbContext db, int customerId, CancellationToken ct)
    {
        var number = "CN-" + customerId.ToString("D7", CultureInfo.InvariantCulture);
        var candidate = number;
        for (var suffix = 2; await db.Customers.AnyAsync(c => c.ContractNumber == candidate && c.Id != customerId, ct); suffix++)
            candidate = $"{number}-{suffix}";
        return candidate;
    }

    /// <summary>A unique stand-in (32 characters) until the new row has its id.</summary>
    public static string Placeholder() => Guid.NewGuid().ToString("N");
}

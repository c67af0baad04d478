using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Mutations;
using TelcoX.GraphQL.Usage;

namespace TelcoX.GraphQL.Customers;

public static class NewLines
{
    /// <summary>
    /// Adds a line with its consumption. With a plan the line starts with the plan's minutes and, when the
    /// plan has data, its data plan, whose remaining MB the consumption's data reads; the balance always
    /// starts at 0, because money only arrives through recharges and payments.
    /// </summary>
    public static async Task<PhoneLine> AddAsync(TelcoDbContext db, Customer customer, string msisdn, ProductType productType,
        int? planId, DateTime now, CancellationToken ct)
    {
        var plan = planId is not { } id ? null
            : await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct)
              ?? throw new DomainException(new NotFoundError($"El plan con id {id} no existe"));
        var line = new PhoneLine
        {
            Msisdn = msisdn,
            ProductType = productType,
            Customer = customer,
            PlanId = plan?.Id,
            CreatedAt = now,
        };
        var dataPlan = LineDataPlans.Start(db, line, plan, now);
        line.Consumption = new Consumption
        {
            Balance = 0m, DataMb = dataPlan is null ? 0m : LineDataPlans.RemainingMb(dataPlan), Minutes = plan?.Minutes ?? 0, UpdatedAt = now,
        };
        db.PhoneLines.Add(line);
        return line;
    }
}

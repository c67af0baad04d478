using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Usage;

public static class ConsumptionQueries
{
    public static void AddConsumptionQueries(this ObjectGraphType query)
    {
        query.Field<ConsumptionGraphType>("consumption")
            .Description("The consumption of one line, by msisdn.")
            .Argument<NonNullGraphType<StringGraphType>>("msisdn")
            .ResolveAsync(ConsumptionAsync);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConsumptionGraphType>>>>("consumptions")
            .Description("Every line's consumption, by id.")
            .ResolveAsync(context => context.QueryAsync((db, ct) => db.Consumptions.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct)));
    }

    private static async Task<object?> ConsumptionAsync(IResolveFieldContext<object?> context)
    {
        var msisdn = context.GetArgument<string>("msisdn");
        await using var db = context.CreateDbContext();
        var line = await db.PhoneLines.AsNoTracking()
            .Where(l => l.Msisdn == msisdn)
            .Select(l => new { l.Consumption })
            .SingleOrDefaultAsync(context.CancellationToken)
            ?? throw CustomerErrors.UnknownMsisdn();
        return line.Consumption ?? throw UsageErrors.NoConsumption();
    }
}

using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Conventions;
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
        query.Connection<ConsumptionGraphType, Consumption>("consumptions", db => db.Consumptions)
            .Description = "Every line's consumption, filtered, sorted and paged; by id unless ordered.";
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

using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Schema;

namespace TelcoX.GraphQL.Usage;

public static class ConsumptionQueries
{
    public static void AddConsumptionQueries(this ObjectGraphType query)
    {
        query.Field<ConsumptionGraphType>("consumption")
            .Description("The consumption of one line, by msisdn.")
            .Argument<NonNullGraphType<StringGraphType>>("msisdn")
            .ResolveAsync(async context =>
            {
                var msisdn = context.GetArgument<string>("msisdn");
                await using var db = context.CreateDbContext();
                var line = await db.PhoneLines.AsNoTracking()
                    .Where(l => l.Msisdn == msisdn)
                    .Select(l => new { l.Consumption })
                    .SingleOrDefaultAsync(context.CancellationToken)
                    ?? throw GraphQLErrors.NotFound("Cliente no encontrado");
                return line.Consumption ?? throw GraphQLErrors.NotFound("Consumo no encontrado");
            });
    }
}

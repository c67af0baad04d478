using GraphQL;
using GraphQL.Types;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Usage;

public static class DataPlanQueries
{
    public static void AddDataPlanQueries(this ObjectGraphType query) =>
        query.Field<DataPlanGraphType>("dataPlan")
            .Description("The active data plan of one line, by msisdn.")
            .Argument<NonNullGraphType<StringGraphType>>("msisdn")
            .ResolveAsync(DataPlanAsync);

    private static Task<object?> DataPlanAsync(IResolveFieldContext<object?> context)
    {
        var msisdn = context.GetArgument<string>("msisdn");
        return context.QueryAsync(async (db, ct) =>
        {
            var line = await db.LineByMsisdnAsync(msisdn, ct);
            return await db.ActiveDataPlanAsync(line.Id, ct) ?? throw UsageErrors.NoActiveDataPlan();
        });
    }
}

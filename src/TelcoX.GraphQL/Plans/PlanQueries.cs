using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Schema;

namespace TelcoX.GraphQL.Plans;

public static class PlanQueries
{
    public static void AddPlanQueries(this ObjectGraphType query)
    {
        query.Field<PlanGraphType>("plan")
            .Description("One catalogue plan, by id.")
            .Argument<NonNullGraphType<IntGraphType>>("id")
            .ResolveAsync(PlanAsync);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanGraphType>>>>("plans")
            .Description("The plan catalogue, by id.")
            .ResolveAsync(context => context.QueryAsync((db, ct) => db.Plans.AsNoTracking().OrderBy(p => p.Id).ToListAsync(ct)));
    }

    private static Task<object?> PlanAsync(IResolveFieldContext<object?> context)
    {
        var id = context.GetArgument<int>("id");
        return context.QueryAsync(async (db, ct) => await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct)
            ?? throw GraphQLErrors.NotFound($"Plan {id} not found"));
    }
}

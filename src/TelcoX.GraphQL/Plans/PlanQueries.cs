using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Conventions;
using TelcoX.GraphQL.Conventions.Projection;
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
        query.Connection<PlanGraphType, Plan>("plans", db => db.Plans)
            .Description = "The plan catalogue, filtered, sorted and paged; by id unless ordered.";
    }

    private static Task<object?> PlanAsync(IResolveFieldContext<object?> context)
    {
        var id = context.GetArgument<int>("id");
        return context.QueryAsync(async (db, ct) => await db.Plans.Where(p => p.Id == id).Project(context, db).SingleOrDefaultAsync(ct)
            ?? throw GraphQLErrors.NotFound($"Plan {id} not found"));
    }
}

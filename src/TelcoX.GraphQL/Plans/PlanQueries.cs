using GraphQL;
using GraphQL.Types;
using TelcoX.GraphQL.Conventions;
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
        return context.OneOrNotFoundAsync(db => db.Plans.Where(p => p.Id == id), $"Plan {id} not found");
    }
}

using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Conventions;
using TelcoX.GraphQL.Conventions.Projection;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Schema;

namespace TelcoX.GraphQL.Users;

public static class UserQueries
{
    public static void AddUserQueries(this ObjectGraphType query)
    {
        query.Field<UserGraphType>("user")
            .Description("One user, by id.")
            .Argument<NonNullGraphType<IntGraphType>>("id")
            .ResolveAsync(UserAsync);
        query.Connection<UserGraphType, User>("users", db => db.Users)
            .Description = "Users, filtered, sorted and paged; by id unless ordered.";
    }

    private static Task<object?> UserAsync(IResolveFieldContext<object?> context)
    {
        var id = context.GetArgument<int>("id");
        return context.QueryAsync(async (db, ct) => await db.Users.Where(u => u.Id == id).Project(context, db).SingleOrDefaultAsync(ct)
            ?? throw GraphQLErrors.NotFound($"User {id} not found"));
    }
}

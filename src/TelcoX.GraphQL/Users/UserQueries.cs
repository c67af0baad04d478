using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
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
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserGraphType>>>>("users")
            .Description("Every user, by id.")
            .ResolveAsync(context => context.QueryAsync((db, ct) => db.Users.AsNoTracking().OrderBy(u => u.Id).ToListAsync(ct)));
    }

    private static Task<object?> UserAsync(IResolveFieldContext<object?> context)
    {
        var id = context.GetArgument<int>("id");
        return context.QueryAsync(async (db, ct) => await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct)
            ?? throw GraphQLErrors.NotFound($"User {id} not found"));
    }
}

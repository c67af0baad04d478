using GraphQL;
using GraphQL.Types;
using TelcoX.GraphQL.Conventions;
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
        return context.OneOrNotFoundAsync(db => db.Users.Where(u => u.Id == id), $"User {id} not found");
    }
}

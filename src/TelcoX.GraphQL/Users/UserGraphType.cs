using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Users;

/// <summary>Fields are listed one by one so that the password hash can never reach the schema.</summary>
public sealed class UserGraphType : ObjectGraphType<User>
{
    public UserGraphType()
    {
        Name = "User";
        Description = "Someone who signs in: staff, or a customer.";
        Field(u => u.Id);
        Field(u => u.Email).Description("Sign-in e-mail; unique.");
        Field(u => u.Role, type: typeof(NonNullGraphType<UserRoleGraphType>));
        Field(u => u.CreatedAt);
        Field<CustomerGraphType>("customer").Description("For CUSTOMER users, the customer they are.").ResolveAsync(CustomerAsync);
    }

    // One query per parent for now; a function of its own so a DataLoader can replace it.
    private static Task<object?> CustomerAsync(IResolveFieldContext<User> context) =>
        context.Source.CustomerId is not { } customerId
            ? Task.FromResult<object?>(null)
            : context.QueryAsync((db, ct) => db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == customerId, ct));
}

using GraphQL.Types;
using TelcoX.GraphQL.Conventions.DataLoaders;
using TelcoX.GraphQL.Conventions.Projection;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Users;

/// <summary>Fields are listed one by one so that the password hash can never reach the schema.</summary>
public sealed class UserGraphType : ObjectGraphType<User>
{
    public UserGraphType()
    {
        var customerById = BatchedRows.By(db => db.Customers, customer => customer.Id);
        Name = "User";
        Description = "Someone who signs in: staff, or a customer.";
        Field(u => u.Id);
        Field(u => u.Email).Description("Sign-in e-mail; unique.");
        Field(u => u.Role, type: typeof(NonNullGraphType<UserRoleGraphType>));
        Field(u => u.CreatedAt);
        Field<CustomerGraphType>("customer").Description("For CUSTOMER users, the customer they are.").Requires(u => u.CustomerId)
            .Resolve(c => c.Source.CustomerId is { } customerId ? customerById.One(c, customerId) : null);
    }
}

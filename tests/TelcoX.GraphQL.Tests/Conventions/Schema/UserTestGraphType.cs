using GraphQL.Types;
using TelcoX.GraphQL.Users;

namespace TelcoX.GraphQL.Tests.Conventions.Schema;

public sealed class UserTestGraphType : ObjectGraphType<User>
{
    public UserTestGraphType()
    {
        Name = "User";
        Field(u => u.Id);
        Field(u => u.Email);
    }
}

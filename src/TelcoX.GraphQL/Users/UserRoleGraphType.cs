using GraphQL.Types;

namespace TelcoX.GraphQL.Users;

public sealed class UserRoleGraphType : EnumerationGraphType<UserRole>
{
    public UserRoleGraphType()
    {
        Name = "UserRole";
        Description = "What a user may do: ADMIN and AGENT staff, or a CUSTOMER linked to one customer.";
    }
}

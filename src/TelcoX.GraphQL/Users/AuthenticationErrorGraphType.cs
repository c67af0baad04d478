using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Users;

public sealed class AuthenticationErrorGraphType : ErrorGraphType<AuthenticationError>
{
    public AuthenticationErrorGraphType() : base("The e-mail and password do not match a user.") { }
}

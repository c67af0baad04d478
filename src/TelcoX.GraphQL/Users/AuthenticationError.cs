using TelcoX.GraphQL.Mutations;
using TelcoX.GraphQL.Schema;

namespace TelcoX.GraphQL.Users;

/// <summary>Sign-in refused. One message for every cause, so it never tells which e-mails exist.</summary>
public sealed class AuthenticationError(string message) : DomainError(message, ErrorCodes.Unauthenticated)
{
    public const string InvalidCredentials = "Invalid email or password";
}

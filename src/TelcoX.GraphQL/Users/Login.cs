using System.ComponentModel;
using GraphQL;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Auth;
using TelcoX.GraphQL.Mutations;
using static TelcoX.GraphQL.Auth.Authorization.Policies;

namespace TelcoX.GraphQL.Users;

public sealed record LoginInput([Description("Matched trimmed and regardless of case.")] string Email, string Password)
{
    /// <summary>Without the password: a record prints every member, and inputs end up in logs.</summary>
    public override string ToString() => $"LoginInput {{ Email = {Email} }}";
}

public sealed record LoginPayload(
    [Description("A signed JWT; send it back as Authorization: Bearer <token>.")] string? Token,
    [Description("When the token stops being accepted (UTC).")] DateTime? ExpiresAt,
    User? User) : Payload;

/// <summary>Every refusal reads the same, whether the e-mail is unknown or the password wrong.</summary>
[Description("Checks an e-mail and password and answers a signed token.")]
[Authorize(Public)]
[Error<AuthenticationError>]
public sealed class Login : Mutation<LoginInput, LoginPayload>
{
    /// <summary>The GraphQL error code when no signing key is configured.</summary>
    public const string SignInUnavailableCode = "AUTH_NOT_CONFIGURED";

    /// <summary>Outside the transaction: the key check, and the throttle that counts the attempt a failure until it succeeds.</summary>
    protected override async Task<LoginPayload> ExecuteAsync(LoginInput input, IResolveFieldContext context)
    {
        // A server error, not a credential error: nobody can sign in until a key is configured.
        if (!context.RequestServices!.GetRequiredService<TokenIssuer>().CanIssue)
            throw new ExecutionError("Sign-in is not available: the server has no signing key configured") { Code = SignInUnavailableCode };
        var throttle = context.RequestServices!.GetRequiredService<LoginThrottle>();
        var address = context.ClientAddress();
        var account = UserRules.Normalize(input.Email);
        throttle.BeginSignIn(address, account);
        var payload = await base.ExecuteAsync(input, context);
        if (payload.Token is not null)
            throttle.Succeeded(address, account);
        return payload;
    }

    protected override async Task<LoginPayload> RunAsync(LoginInput input, MutationScope scope)
    {
        var (db, ct) = (scope.Db, scope.Cancellation);
        var passwords = scope.Service<Passwords>();
        var email = UserRules.Normalize(input.Email);
        var password = input.Password ?? "";
        var user = email.Length == 0 || password.Length > UserRules.MaxPasswordUtf16Length
            ? null
            : await db.Users.SingleOrDefaultAsync(u => u.Email == email, ct);

        var result = passwords.Verify(user, password);
        if (user is null || result == PasswordVerificationResult.Failed)
            throw new DomainException(new AuthenticationError(AuthenticationError.InvalidCredentials));
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            // An older format or fewer iterations than today's (OWASP's): store it again at today's cost.
            user.PasswordHash = passwords.Hash(user, password);
            await db.SaveChangesAsync(ct);
        }

        var token = scope.Service<TokenIssuer>().Issue(user);
        return new LoginPayload(token.Token, token.ExpiresAt, user);
    }
}

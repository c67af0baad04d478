using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Auth;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Users;

/// <summary>login: every refusal reads the same, whether the e-mail is unknown or the password wrong.</summary>
public static class SignIn
{
    public static async Task<LoginPayload> LoginAsync(TelcoDbContext db, TokenIssuer issuer, Passwords passwords, LoginInput input, CancellationToken ct)
    {
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

        var token = issuer.Issue(user);
        return new LoginPayload(token.Token, token.ExpiresAt, user);
    }
}

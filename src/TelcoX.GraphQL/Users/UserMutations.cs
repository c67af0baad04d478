using GraphQL;
using GraphQL.Types;
using TelcoX.GraphQL.Auth;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Users;

public static class UserMutations
{
    public const string SignInUnavailableCode = "AUTH_NOT_CONFIGURED";

    public static void AddUserMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RegisterPayloadGraphType>>("register")
            .Description("Creates a user; the password is stored only as a salted hash.")
            .Argument<NonNullGraphType<RegisterInputGraphType>>("input")
            .ResolveAsync(RegisterAsync);
        mutation.Field<NonNullGraphType<LoginPayloadGraphType>>("login")
            .Description("Checks an e-mail and password and answers a signed token.")
            .Argument<NonNullGraphType<LoginInputGraphType>>("input")
            .ResolveAsync(LoginAsync);
    }

    private static async Task<object?> LoginAsync(IResolveFieldContext<object?> context)
    {
        var issuer = context.RequestServices!.GetRequiredService<TokenIssuer>();
        var passwords = context.RequestServices!.GetRequiredService<Passwords>();
        // A server error, not a credential error: nobody can sign in until a key is configured.
        if (!issuer.CanIssue)
            throw new ExecutionError("Sign-in is not available: the server has no signing key configured") { Code = SignInUnavailableCode };
        var input = context.GetArgument<LoginInput>("input");
        var throttle = context.RequestServices!.GetRequiredService<LoginThrottle>();
        var address = ClientAddress(context);
        var account = UserRules.Normalize(input.Email);
        throttle.BeginSignIn(address, account);
        var payload = await context.InTransactionAsync(
            (db, ct) => SignIn.LoginAsync(db, issuer, passwords, input, ct),
            () => new LoginPayload(null, null, null));
        if (payload is LoginPayload { Token: not null })
            throttle.Succeeded(address, account);
        return payload;
    }

    private static Task<object?> RegisterAsync(IResolveFieldContext<object?> context)
    {
        context.RequestServices!.GetRequiredService<LoginThrottle>().BeginRegistration(ClientAddress(context));
        var passwords = context.RequestServices!.GetRequiredService<Passwords>();
        var now = context.UtcNow();
        return context.InTransactionAsync(
            (db, ct) => Registration.RegisterAsync(db, passwords, context.GetArgument<RegisterInput>("input"), context.User, now, ct),
            () => new RegisterPayload(null));
    }

    /// <summary>The caller's address; behind a trusted proxy, forwarded-headers middleware has already set it.</summary>
    private static string? ClientAddress(IResolveFieldContext context) =>
        context.RequestServices!.GetService<IHttpContextAccessor>()?.HttpContext?.Connection.RemoteIpAddress?.ToString();
}

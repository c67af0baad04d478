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
            .ResolveAsync(context => context.InTransactionAsync(
                (db, ct) => Registration.RegisterAsync(db, context.GetArgument<RegisterInput>("input"), context.User, ct),
                () => new RegisterPayload(null)));
        mutation.Field<NonNullGraphType<LoginPayloadGraphType>>("login")
            .Description("Checks an e-mail and password and answers a signed token.")
            .Argument<NonNullGraphType<LoginInputGraphType>>("input")
            .ResolveAsync(LoginAsync);
    }

    private static Task<object?> LoginAsync(IResolveFieldContext<object?> context)
    {
        var issuer = context.RequestServices!.GetRequiredService<TokenIssuer>();
        // A server error, not a credential error: nobody can sign in until a key is configured.
        if (!issuer.CanIssue)
            throw new ExecutionError("Sign-in is not available: the server has no signing key configured") { Code = SignInUnavailableCode };
        var input = context.GetArgument<LoginInput>("input");
        var http = context.RequestServices!.GetService<IHttpContextAccessor>()?.HttpContext;
        context.RequestServices!.GetRequiredService<LoginThrottle>()
            .Acquire(http?.Connection.RemoteIpAddress?.ToString(), UserRules.Normalize(input.Email));
        return context.InTransactionAsync(
            (db, ct) => SignIn.LoginAsync(db, issuer, input, ct),
            () => new LoginPayload(null, null, null));
    }
}

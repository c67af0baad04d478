using TelcoX.GraphQL.Auth;

namespace TelcoX.GraphQL.Server;

/// <summary>
/// A request that presents a token or key which failed validation (forged, expired, wrong audience,
/// unknown key) is refused outright with UNAUTHENTICATED, even for public fields: running it as
/// anonymous would hide from the client that its credential is no good.
/// </summary>
public static class CredentialCheck
{
    public static void EnsureValid(HttpContext http)
    {
        var presented = http.Request.Headers.Authorization.Count > 0 || http.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName);
        if (presented && http.User.Identity?.IsAuthenticated != true)
            throw new GraphQLHttpProblem(StatusCodes.Status401Unauthorized, "UNAUTHENTICATED", "The bearer token or API key is invalid or expired.");
    }
}

using Microsoft.Extensions.Options;

namespace TelcoX.GraphQL.Server;

/// <summary>
/// A request that presents a token or key which failed validation (forged, expired, revoked, wrong
/// audience, no "Bearer " scheme, unknown key) is refused outright with UNAUTHENTICATED, even for public
/// fields, on every transport: running it as anonymous would hide from the client that its credential is no good.
/// </summary>
public sealed class CredentialCheck(IOptions<CredentialCheckOptions> options)
{
    public void EnsureValid(HttpContext http)
    {
        if (IsRefused(http))
            throw new GraphQLHttpProblem(StatusCodes.Status401Unauthorized, "UNAUTHENTICATED", "The bearer token or API key is invalid or expired.");
    }

    /// <summary>True when the request's headers carry a credential that did not sign anyone in.</summary>
    public bool IsRefused(HttpContext http)
    {
        var presented = options.Value.Headers.Any(http.Request.Headers.ContainsKey);
        return presented && http.User.Identity?.IsAuthenticated != true;
    }
}

using Microsoft.AspNetCore.Components.Authorization;
using TelcoX.Admin.Components.Account;
using TelcoX.Client;

namespace TelcoX.Admin.Api;

/// <summary>
/// Hands the signed-in user's API token to the generated client. The token lives only in the cookie's
/// protected ticket and in the circuit's user on the server; the browser never sees it.
/// </summary>
public sealed class SignedInAccessTokenProvider(AuthenticationStateProvider authentication) : IAccessTokenProvider
{
    public async ValueTask<string?> GetAccessTokenAsync(CancellationToken ct)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return AdminClaims.AccessTokenOf(state.User);
    }
}

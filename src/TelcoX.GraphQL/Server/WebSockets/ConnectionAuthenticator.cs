using System.Security.Claims;
using System.Text.Json;

namespace TelcoX.GraphQL.Server.WebSockets;

/// <summary>
/// Decides who a websocket connection runs as, from its connection_init payload and the upgrade
/// request. Today: the upgrade request's user (anonymous unless the HTTP pipeline signed it in).
/// Not sealed: this is the hook where a bearer token from the payload gets validated.
/// </summary>
public class ConnectionAuthenticator
{
    /// <summary>The principal for every operation of the connection, or null to refuse it (4403).</summary>
    public virtual ValueTask<ClaimsPrincipal?> AuthenticateAsync(HttpContext upgrade, JsonElement? payload, CancellationToken cancellationToken) =>
        ValueTask.FromResult<ClaimsPrincipal?>(upgrade.User);
}

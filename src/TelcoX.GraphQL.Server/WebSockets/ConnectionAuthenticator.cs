using System.Security.Claims;
using System.Text.Json;

namespace TelcoX.GraphQL.Server.WebSockets;

/// <summary>
/// Decides who a websocket connection runs as, from its connection_init payload and the upgrade
/// request, and whether that still holds later. Today: the upgrade request's user (anonymous unless
/// the HTTP pipeline signed it in), forever. Not sealed: this is the hook where a bearer token from the
/// payload gets validated, and where an expired or revoked one ends the connection.
/// </summary>
public class ConnectionAuthenticator
{
    /// <summary>The principal for every operation of the connection, or null to refuse it (4403).</summary>
    public virtual ValueTask<ClaimsPrincipal?> AuthenticateAsync(HttpContext upgrade, JsonElement? payload, CancellationToken cancellationToken) =>
        ValueTask.FromResult<ClaimsPrincipal?>(upgrade.User);

    /// <summary>Whether <paramref name="user"/> may still run operations; asked before each one.</summary>
    public virtual ValueTask<bool> IsCurrentAsync(ClaimsPrincipal user, CancellationToken cancellationToken) => ValueTask.FromResult(true);

    /// <summary>
    /// Calls <paramref name="revoked"/> once <paramref name="user"/> stops holding while the connection is
    /// open (until <paramref name="aborted"/>); null when nothing about it can expire.
    /// </summary>
    public virtual IDisposable? Watch(ClaimsPrincipal user, Func<Task> revoked, CancellationToken aborted) => null;
}

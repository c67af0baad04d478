using System.Security.Claims;
using GraphQL.Transport;
using TelcoX.GraphQL.Server.Subscriptions;

namespace TelcoX.GraphQL.Server.WebSockets;

/// <summary>What both protocols share for one connection: the socket, its operations, and how to read a request.</summary>
public sealed class WebSocketSession(
    HttpContext upgrade, WebSocketConnection connection, ConnectionOperations operations,
    MessageWriter writer, GraphQLRequestParser parser, ConnectionAuthenticator authenticator, RealtimeOptions options)
{
    public WebSocketConnection Connection => connection;
    public ConnectionOperations Operations => operations;
    public RealtimeOptions Options => options;

    /// <summary>Set once connection_init is accepted; operations run as this user.</summary>
    public ClaimsPrincipal? User { get; private set; }

    public void Send(string type, string? id = null, object? payload = null) => connection.Send(writer.Write(type, id, payload));

    /// <summary>
    /// False when the authenticator refuses the connection. Once accepted, <paramref name="revoked"/> runs
    /// when the user's token expires or is revoked while the connection is open.
    /// </summary>
    public async Task<bool> AuthenticateAsync(IncomingMessage init, Func<Task> revoked)
    {
        User = await authenticator.AuthenticateAsync(upgrade, init.Payload, connection.Aborted);
        if (User is null)
            return false;
        authenticator.Watch(User, revoked, connection.Aborted); // it stops itself when the connection goes
        return true;
    }

    /// <summary>Whether the connection's user may still run an operation: its token unexpired and not revoked.</summary>
    public ValueTask<bool> IsCurrentAsync() =>
        User is { } user ? authenticator.IsCurrentAsync(user, connection.Aborted) : ValueTask.FromResult(true);

    /// <summary>A subscribe/start payload as a request, or the reason it is not one.</summary>
    public (GraphQLRequest? Request, string? Problem) ReadRequest(IncomingMessage message)
    {
        if (message.Payload is not { } payload)
            return (null, "The payload is missing.");
        try
        {
            return (parser.FromBody(payload), null);
        }
        catch (GraphQLHttpProblem problem)
        {
            return (null, problem.Message);
        }
    }

    /// <summary>Closes the connection when the init message has not come in time.</summary>
    public void CloseUnlessInitialisedWithin(Func<bool> initialised) =>
        _ = Task.Delay(options.ConnectionInitTimeout, connection.Aborted).ContinueWith(
            _ => initialised() ? Task.CompletedTask : connection.CloseAsync(CloseCodes.ConnectionInitTimeout, "Connection initialisation timeout"),
            CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
}

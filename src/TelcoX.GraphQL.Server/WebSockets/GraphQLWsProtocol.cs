using GraphQL;
using TelcoX.GraphQL.Server.Subscriptions;

namespace TelcoX.GraphQL.Server.WebSockets;

/// <summary>
/// The legacy subscriptions-transport-ws protocol ("graphql-ws"): connection_init/connection_ack,
/// "ka" keep-alives, start/data/error/complete/stop and connection_terminate. It has no close codes
/// of its own: problems are answered with error messages, as its reference server did.
/// </summary>
public sealed class GraphQLWsProtocol(WebSocketSession session) : IOperationSink
{
    private readonly PayloadEnvelope data = new("data");
    private int initReceived;

    public void Start() => session.CloseUnlessInitialisedWithin(() => Volatile.Read(ref initReceived) != 0);

    public async Task ReceiveAsync(ReadOnlyMemory<byte> utf8)
    {
        var message = IncomingMessage.Parse(utf8);
        switch (message?.Type)
        {
            case "connection_init":
                if (Interlocked.Exchange(ref initReceived, 1) != 0)
                {
                    // As graphql-transport-ws does: a second init neither signs in again nor starts a second keep-alive.
                    session.Send("connection_error", payload: new ExecutionError("Too many initialisation requests") { Code = "BAD_REQUEST" });
                    await session.Connection.CloseAsync(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
                    return;
                }
                if (!await session.AuthenticateAsync(message, RefuseAsync))
                {
                    await RefuseAsync();
                    return;
                }
                session.Send("connection_ack");
                session.Send("ka");
                _ = KeepAliveAsync();
                break;
            case "start" when !string.IsNullOrEmpty(message.Id):
                await StartAsync(message.Id, message);
                break;
            case "stop" when !string.IsNullOrEmpty(message.Id):
                if (session.Operations.Stop(message.Id)) Complete(message.Id);
                break;
            case "connection_terminate":
                await session.Connection.CloseAsync(CloseCodes.Normal, "");
                break;
            default:
                session.Send("error", message?.Id, new ExecutionError(message is null ? "Invalid message received" : "Invalid message type!"));
                break;
        }
    }

    public void Next(string id, ReadOnlyMemory<byte> result) => session.Connection.Send(data.Wrap(id, result.Span));

    // As subscriptions-transport-ws did: a request that cannot run is answered as data with errors, then complete.
    public void Error(string id, ExecutionResult result)
    {
        session.Send("data", id, result);
        Complete(id);
    }

    public void Complete(string id) => session.Send("complete", id);

    public void Failed(string id, Exception exception)
    {
        if (StreamFailures.IsLag(exception))
            _ = session.Connection.CloseAsync(CloseCodes.TryAgainLater, "subscription fell behind; subscribe again");
        else
            session.Send("error", id, exception as ExecutionError ?? new ExecutionError("The event stream failed."));
    }

    private async Task StartAsync(string id, IncomingMessage message)
    {
        if (session.User is not { } user)
        {
            session.Send("error", id, new ExecutionError("Send connection_init first.") { Code = "UNAUTHENTICATED" });
            return;
        }
        if (!await session.IsCurrentAsync())
        {
            await RefuseAsync();
            return;
        }
        var (request, problem) = session.ReadRequest(message);
        if (request is null)
        {
            session.Send("error", id, new ExecutionError(problem!) { Code = "BAD_REQUEST" });
            return;
        }
        // The old server replaced an operation whose id is reused rather than refusing it.
        session.Operations.Stop(id);
        session.Operations.TryStart(id, request, user, this);
    }

    // A token that does not validate, or expired or was revoked since: UNAUTHENTICATED, as HTTP answers it, then the socket is done.
    private Task RefuseAsync()
    {
        session.Send("connection_error", payload: new ExecutionError("The token is not valid: sign in again.") { Code = "UNAUTHENTICATED" });
        return session.Connection.CloseAsync(CloseCodes.Forbidden, "Forbidden");
    }

    private async Task KeepAliveAsync()
    {
        using var timer = new PeriodicTimer(session.Options.KeepAliveInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(session.Connection.Aborted) && !session.Connection.IsClosing)
                session.Send("ka");
        }
        catch (OperationCanceledException)
        {
        }
    }
}

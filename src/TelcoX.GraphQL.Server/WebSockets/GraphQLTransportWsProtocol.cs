using GraphQL;
using TelcoX.GraphQL.Server.Subscriptions;

namespace TelcoX.GraphQL.Server.WebSockets;

/// <summary>
/// The graphql-transport-ws protocol (the graphql-ws library): connection_init/ack, ping/pong,
/// subscribe/next/error/complete, and its 44xx close codes for every protocol violation.
/// </summary>
public sealed class GraphQLTransportWsProtocol(WebSocketSession session) : IOperationSink
{
    private readonly PayloadEnvelope next = new("next");
    private int initReceived;

    public void Start() => session.CloseUnlessInitialisedWithin(() => Volatile.Read(ref initReceived) != 0);

    public async Task ReceiveAsync(ReadOnlyMemory<byte> utf8)
    {
        var message = IncomingMessage.Parse(utf8);
        switch (message?.Type)
        {
            case "connection_init":
                if (Interlocked.Exchange(ref initReceived, 1) != 0)
                    await CloseAsync(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
                else if (!await session.AuthenticateAsync(message, Forbidden))
                    await Forbidden();
                else
                    session.Send("connection_ack");
                break;
            case "ping":
                session.Send("pong");
                break;
            case "pong":
                break;
            case "subscribe":
                await SubscribeAsync(message);
                break;
            case "complete" when !string.IsNullOrEmpty(message.Id):
                session.Operations.Stop(message.Id);
                break;
            default:
                await CloseAsync(CloseCodes.BadRequest, message is null ? "Invalid message received" : $"Invalid message of type '{Truncate(message.Type)}'");
                break;
        }
    }

    public void Next(string id, ReadOnlyMemory<byte> result) => session.Connection.Send(next.Wrap(id, result.Span));

    public void Error(string id, ExecutionResult result) => session.Send("error", id, result.Errors ?? []);

    public void Complete(string id) => session.Send("complete", id);

    public void Failed(string id, Exception exception)
    {
        if (StreamFailures.IsLag(exception))
            _ = CloseAsync(CloseCodes.TryAgainLater, "subscription fell behind; subscribe again");
        else
            session.Send("error", id, new[] { exception as ExecutionError ?? new ExecutionError("The event stream failed.") });
    }

    private async Task SubscribeAsync(IncomingMessage message)
    {
        if (session.User is not { } user)
        {
            await CloseAsync(CloseCodes.Unauthorized, "Unauthorized");
            return;
        }
        if (!await session.IsCurrentAsync())
        {
            await Forbidden();
            return;
        }
        var (request, problem) = session.ReadRequest(message);
        if (string.IsNullOrEmpty(message.Id) || request is null)
            await CloseAsync(CloseCodes.BadRequest, Truncate(problem ?? "The subscribe message needs an id."));
        else if (!session.Operations.TryStart(message.Id, request, user, this))
            await CloseAsync(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {Truncate(message.Id)} already exists");
    }

    // A refused connection_init, and a token that expired or was revoked since: the socket is done.
    private Task Forbidden() => CloseAsync(CloseCodes.Forbidden, "Forbidden");

    private Task CloseAsync(int code, string reason) => session.Connection.CloseAsync(code, reason);

    // A close reason must fit in 123 bytes.
    private static string Truncate(string text) => text.Length <= 60 ? text : text[..60];
}

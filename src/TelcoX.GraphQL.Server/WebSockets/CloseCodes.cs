namespace TelcoX.GraphQL.Server.WebSockets;

/// <summary>Websocket close codes: graphql-transport-ws's own (44xx) and the RFC 6455 ones we use.</summary>
public static class CloseCodes
{
    public const int Normal = 1000;
    /// <summary>The client fell further behind than its send queue allows ("client too slow").</summary>
    public const int PolicyViolation = 1008;
    public const int MessageTooBig = 1009;
    /// <summary>A subscription fell behind its publisher; the client should resubscribe and read afresh.</summary>
    public const int TryAgainLater = 1013;
    public const int BadRequest = 4400;
    public const int Unauthorized = 4401;
    public const int Forbidden = 4403;
    public const int SubprotocolNotAcceptable = 4406;
    public const int ConnectionInitTimeout = 4408;
    public const int SubscriberAlreadyExists = 4409;
    public const int TooManyInitialisationRequests = 4429;
}

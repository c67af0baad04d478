using System.Text.Json;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Tests.Realtime;
using static TelcoX.GraphQL.Tests.Auth.RootFieldExpectations;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>
/// The HTTP matrix again over websockets, subscriptions included: one socket per role and protocol,
/// every root field sent on it at once, each answer held against <see cref="RootFieldExpectations"/>.
/// A browser's socket carries no header: the token travels in connection_init; the API key on the
/// upgrade request, as a machine client sends it.
/// </summary>
public sealed class WebSocketRootFieldMatrixTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    /// <summary>Each role on each protocol; the API key both on the upgrade request and in connection_init (as Banana Cake Pop sends it).</summary>
    public static TheoryData<string, Role, bool> Cases()
    {
        var cases = new TheoryData<string, Role, bool>();
        foreach (var protocol in new[] { "graphql-transport-ws", "graphql-ws" })
        {
            foreach (var role in Roles)
                cases.Add(protocol, role, false);
            cases.Add(protocol, Role.ApiKey, true);
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EachRootFieldIsAllowedOrRefusedForTheRole(string protocol, Role role, bool apiKeyInInit)
    {
        using var socket = await ConnectAsync(protocol, role, apiKeyInInit);
        var fields = RootFields(api, subscriptions: true);
        var legacy = protocol == "graphql-ws";
        for (var i = 0; i < fields.Count; i++)
            await socket.SendAsync(new { id = i.ToString(), type = legacy ? "start" : "subscribe", payload = new { query = Document(fields[i].Operation, fields[i].Field) } });

        var codes = await AnswersAsync(socket, fields.Count);

        var mismatches = fields.Select((f, i) => Mismatch(role, f.Operation, f.Field.Name, codes[i])).OfType<string>().ToList();
        Assert.Empty(mismatches);
    }

    private async Task<GraphQLSocket> ConnectAsync(string protocol, Role role, bool apiKeyInInit)
    {
        var socket = await GraphQLSocket.ConnectAsync(api, protocol, role == Role.ApiKey && !apiKeyInInit ? AuthenticatedClients.DevelopmentApiKey : null);
        await socket.InitAsync(role switch
        {
            Role.Anonymous => null,
            Role.ApiKey => apiKeyInInit ? new Dictionary<string, string> { ["X-API-Key"] = AuthenticatedClients.DevelopmentApiKey } : null,
            _ => new Dictionary<string, string> { ["Authorization"] = $"Bearer {await api.TokenAsync(role)}" },
        });
        return socket;
    }

    /// <summary>Reads until every operation has ended (complete or error); the error codes each one answered with.</summary>
    private static async Task<List<string>[]> AnswersAsync(GraphQLSocket socket, int count)
    {
        var codes = Enumerable.Range(0, count).Select(_ => new List<string>()).ToArray();
        var ended = new bool[count];
        while (ended.Contains(false))
        {
            var message = await socket.ReceiveAsync();
            if (!message.TryGetProperty("id", out var id) || !int.TryParse(id.GetString(), out var index))
                continue; // ack, keep-alive, ping
            var type = message.GetProperty("type").GetString();
            if (message.TryGetProperty("payload", out var payload))
                codes[index].AddRange(Codes(payload));
            if (type is "complete" or "error")
                ended[index] = true;
        }
        return codes;
    }

    /// <summary>next/data carry a result with errors; error carries the errors themselves (an array, or one in the legacy protocol).</summary>
    private static IEnumerable<string> Codes(JsonElement payload) => payload.ValueKind switch
    {
        JsonValueKind.Array => payload.EnumerateArray().Select(Code),
        JsonValueKind.Object when payload.TryGetProperty("errors", out var errors) => errors.EnumerateArray().Select(Code),
        JsonValueKind.Object when payload.TryGetProperty("message", out _) => [Code(payload)],
        _ => [],
    };

    private static string Code(JsonElement error) =>
        error.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";
}

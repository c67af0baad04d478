using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Tests.Server;
using Xunit.Abstractions;

namespace TelcoX.GraphQL.Tests.Fuzz;

/// <summary>
/// Seeded, bounded fuzzing of the real server on loopback: random and mutated documents, variables,
/// cursors, headers and websocket frames. Any 5xx, exception-type code, unexpected failure, answer
/// slower than <see cref="Bound"/> or lost process fails it, naming the case to replay
/// (<c>TELCOX_FUZZ_SEED</c> and <c>TELCOX_FUZZ_CASES</c> change the run).
/// </summary>
public sealed class FuzzTests(KestrelTelcoApi api, ITestOutputHelper output) : IClassFixture<KestrelTelcoApi>
{
    // Generous for a busy machine; the attacks this guards against cost tens of seconds.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(8);
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("TELCOX_FUZZ_SEED"), out var seed) ? seed : 20261207;
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("TELCOX_FUZZ_CASES"), out var cases) ? cases : 2_000;

    // Deeply nested variables are part of the attack: the client side must be able to write them.
    private static readonly JsonSerializerOptions DeepJson = new() { MaxDepth = 8_192 };
    private static readonly int[] AllowedCloseCodes = [1000, 1008, 1009, 1013, 4400, 4401, 4403, 4406, 4408, 4409, 4429];
    private static readonly string[] Accepts =
        ["application/json", "application/graphql-response+json", "*/*", "text/html", "text/event-stream", "application/xml", "multipart/mixed", "application/json;q=0, text/plain", ""];

    [Fact]
    public async Task NoRequestOverHttpEndsInA5xxAnExceptionCodeOrASlowAnswer()
    {
        var inputs = new FuzzInputs(new Random(Seed));
        var adminToken = await api.TokenAsync(Role.Admin);
        using var client = new HttpClient { BaseAddress = api.GraphQLUrl, Timeout = Bound };
        var failures = new List<string>();
        var seen = new SortedDictionary<string, int>();

        for (var i = 0; i < Cases && failures.Count < 10; i++)
        {
            using var request = HttpCase(inputs, adminToken);
            var described = $"case {i}: {request.Method} {Describe(request)}";
            var stopwatch = Stopwatch.StartNew();
            try
            {
                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                if (FuzzOracle.Problem((int)response.StatusCode, body, seen) is { } problem)
                    failures.Add($"{described} → {Truncate(problem)}");
                else if (stopwatch.Elapsed > Bound)
                    failures.Add($"{described} → answered after {stopwatch.Elapsed}");
            }
            catch (TaskCanceledException)
            {
                failures.Add($"{described} → no answer within {Bound}");
            }
        }

        await AssertServerAliveAsync(client);
        output.WriteLine($"{Cases} HTTP cases from seed {Seed}: {string.Join(", ", seen.Select(s => $"{s.Key} ×{s.Value}"))}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task NoWebSocketFrameEndsInAServerErrorAnExceptionCodeOrADroppedConnection()
    {
        var inputs = new FuzzInputs(new Random(Seed + 1));
        var adminToken = await api.TokenAsync(Role.Admin);
        var url = new UriBuilder(api.GraphQLUrl) { Scheme = "ws" }.Uri;
        var failures = new List<string>();

        for (var i = 0; i < Cases / 10 && failures.Count < 10; i++)
        {
            var protocol = inputs.Pick(["graphql-transport-ws", "graphql-transport-ws", "graphql-ws"]);
            using var socket = new ClientWebSocket();
            socket.Options.AddSubProtocol(protocol);
            await socket.ConnectAsync(url, CancellationToken.None);
            var sent = new List<string>();
            try
            {
                for (var m = inputs.Next(6) + 1; m > 0 && socket.State == WebSocketState.Open; m--)
                {
                    var (type, bytes) = Frame(inputs, protocol, adminToken);
                    sent.Add(type == WebSocketMessageType.Binary ? $"binary[{bytes.Length}]" : Truncate(Encoding.UTF8.GetString(bytes), 120));
                    await socket.SendAsync(bytes, type, true, CancellationToken.None);
                }
                if (await ReadUntilQuietAsync(socket) is { } problem)
                    failures.Add($"socket {i} ({protocol}): {string.Join(" | ", sent)} → {Truncate(problem)}");
            }
            catch (WebSocketException exception)
            {
                failures.Add($"socket {i} ({protocol}): {string.Join(" | ", sent)} → the connection dropped: {exception.Message}");
            }
        }

        using var client = new HttpClient { BaseAddress = api.GraphQLUrl, Timeout = Bound };
        await AssertServerAliveAsync(client);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static HttpRequestMessage HttpCase(FuzzInputs inputs, string adminToken)
    {
        var method = inputs.OneIn(30) ? inputs.Pick([HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Head])
            : inputs.OneIn(8) ? HttpMethod.Get : HttpMethod.Post;
        var document = inputs.Document();
        var payload = new JsonObject { ["query"] = document };
        if (!inputs.OneIn(4))
            payload["variables"] = inputs.Variables(document);
        if (inputs.OneIn(8))
            payload["operationName"] = inputs.Pick(["Page", "Pay", "", "Nope"]);
        if (inputs.OneIn(15))
            payload["extensions"] = new JsonObject { ["persistedQuery"] = new JsonObject { ["version"] = 1, ["sha256Hash"] = inputs.Cursor() } };

        HttpRequestMessage request;
        if (method == HttpMethod.Get)
        {
            var query = $"?query={Uri.EscapeDataString(payload["query"]!.GetValue<string>())}";
            if (payload["variables"] is { } variables)
                query += $"&variables={Uri.EscapeDataString(inputs.OneIn(10) ? inputs.Cursor() : variables.ToJsonString(DeepJson))}";
            request = new HttpRequestMessage(HttpMethod.Get, query);
        }
        else
        {
            request = new HttpRequestMessage(method, "") { Content = Body(inputs, payload) };
        }

        // Most cases reach the engine (an admin reaches every mutation); some probe the transport's refusals.
        if (inputs.Next(10) is var auth && auth < 4)
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + adminToken);
        else if (auth == 4)
            request.Headers.TryAddWithoutValidation("Authorization", inputs.Pick(["Bearer", "Bearer ", "Basic YTpi", "bearer x.y.z", "Bearer " + inputs.Cursor(),
                "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIiwicm9sZSI6IkFETUlOIn0.", adminToken]));
        if (inputs.OneIn(10))
            request.Headers.TryAddWithoutValidation("X-API-Key", inputs.Pick(["", "x", AuthenticatedClients.DevelopmentApiKey, inputs.Cursor()]));
        if (inputs.OneIn(6))
            request.Headers.TryAddWithoutValidation("Accept", inputs.Pick(Accepts));
        return request;
    }

    private static HttpContent Body(FuzzInputs inputs, JsonObject payload)
    {
        var bytes = inputs.Next(12) switch
        {
            0 => inputs.Bytes(inputs.Next(200)),
            1 => Encoding.UTF8.GetBytes(inputs.Pick(["", "null", "[]", "[{\"query\":\"{ __typename }\"}]", "\"{}\"", "{\"query\":5}", "{\"query\":\"{ __typename }\",\"variables\":[]}",
                "{\"query\":\"{ __typename }\",\"variables\":\"{}\"}", "{\"documentId\":\"sha256:00\"}", "{\"query\":\"\\ud800\"}", new string('[', 5_000)])),
            _ => Encoding.UTF8.GetBytes(payload.ToJsonString(DeepJson)),
        };
        var content = new ByteArrayContent(bytes);
        if (!inputs.OneIn(12))
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(inputs.OneIn(10)
                ? inputs.Pick(["text/plain", "application/json; charset=latin1", "application/graphql", "multipart/form-data; boundary=x"])
                : "application/json");
        return content;
    }

    private static (WebSocketMessageType Type, byte[] Bytes) Frame(FuzzInputs inputs, string protocol, string adminToken)
    {
        var start = protocol == "graphql-ws" ? "start" : "subscribe";
        object? message = inputs.Next(10) switch
        {
            0 or 1 => new { type = "connection_init", payload = inputs.Pick<object?>([null, new { }, new { Authorization = "Bearer " + adminToken },
                new { Authorization = inputs.Cursor() }, new { X_API_Key = "x" }, "text", new[] { 1 }, new { Authorization = adminToken }]) },
            2 or 3 or 4 => Operation(inputs, start),
            5 => new { id = inputs.Pick(["1", "9"]), type = inputs.Pick(["complete", "stop"]) },
            6 => new { type = inputs.Pick(["ping", "pong", "ka", "connection_terminate", "bogus", ""]) },
            _ => null,
        };
        if (message is not null)
            return (WebSocketMessageType.Text, JsonSerializer.SerializeToUtf8Bytes(message, DeepJson));
        return inputs.Next(4) switch
        {
            0 => (WebSocketMessageType.Binary, inputs.Bytes(inputs.Next(100))),
            1 => (WebSocketMessageType.Text, Encoding.UTF8.GetBytes("{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{\"query\":\"" + new string(' ', 100_000) + "\"}}")),
            _ => (WebSocketMessageType.Text, Encoding.UTF8.GetBytes(inputs.Pick(["", "{", "null", "[]", "{\"type\":5}", "{\"id\":{},\"type\":\"subscribe\"}", "\u0000"]))),
        };
    }

    private static object Operation(FuzzInputs inputs, string start)
    {
        var document = inputs.Document();
        return new { id = inputs.Pick(["1", "2", "", "x"]), type = start, payload = new { query = document, variables = inputs.Variables(document) } };
    }

    /// <summary>Reads what the server says until it is quiet or closes; a close must carry a code this server means.</summary>
    private static async Task<string?> ReadUntilQuietAsync(ClientWebSocket socket)
    {
        var buffer = new byte[256 * 1024];
        while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
        {
            using var quiet = new CancellationTokenSource(TimeSpan.FromMilliseconds(400));
            WebSocketReceiveResult received;
            var text = new StringBuilder();
            try
            {
                do
                {
                    received = await socket.ReceiveAsync(buffer, quiet.Token);
                    text.Append(Encoding.UTF8.GetString(buffer, 0, received.Count));
                } while (!received.EndOfMessage);
            }
            catch (OperationCanceledException)
            {
                return null; // quiet: nothing wrong was said
            }
            if (received.MessageType == WebSocketMessageType.Close)
                return AllowedCloseCodes.Contains((int)socket.CloseStatus!.Value) ? null : $"closed with {(int)socket.CloseStatus} {socket.CloseStatusDescription}";
            using var json = JsonDocument.Parse(text.ToString());
            if (FuzzOracle.ErrorsProblem(json.RootElement) is { } problem)
                return problem;
        }
        return null;
    }

    private static async Task AssertServerAliveAsync(HttpClient client)
    {
        using var health = await client.GetAsync("/health");
        Assert.True(health.IsSuccessStatusCode, $"/health answered {(int)health.StatusCode} after the fuzzing");
    }

    private static string Describe(HttpRequestMessage request) =>
        Truncate(request.Content is ByteArrayContent content ? Encoding.UTF8.GetString(content.ReadAsByteArrayAsync().Result) : request.RequestUri?.ToString() ?? "");

    private static string Truncate(string text, int length = 300) => text.Length <= length ? text : text[..length] + $"… ({text.Length:N0} characters)";
}

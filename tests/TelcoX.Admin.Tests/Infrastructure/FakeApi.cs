using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Channels;
using TelcoX.Client;

namespace TelcoX.Admin.Tests.Infrastructure;

/// <summary>
/// Stands in for the network behind the real generated client: answers operations by name with JSON (as the
/// API would), records what was asked, and lets a test push subscription events.
/// </summary>
public sealed class FakeApi : IGraphQLTransport
{
    private readonly Dictionary<string, Func<GraphQLOperationRequest, Task<OperationResult<JsonElement>>>> answers = [];
    private readonly Dictionary<string, Channel<OperationResult<JsonElement>>> streams = [];

    public List<GraphQLOperationRequest> Requests { get; } = [];

    /// <summary>Cancelled when the component stops listening to a subscription.</summary>
    public List<CancellationToken> SubscriptionTokens { get; } = [];

    public void Answer(string operation, string dataJson) =>
        answers[operation] = _ => Task.FromResult(Data(dataJson));

    public void Answer(string operation, Func<GraphQLOperationRequest, string> dataJson) =>
        answers[operation] = request => Task.FromResult(Data(dataJson(request)));

    /// <summary>Answers only when the test says so, to see what shows meanwhile.</summary>
    public TaskCompletionSource<string> AnswerLater(string operation)
    {
        var later = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        answers[operation] = async _ => Data(await later.Task);
        return later;
    }

    public void Fail(string operation, string message, string? code) =>
        answers[operation] = _ => Task.FromResult(new OperationResult<JsonElement>(default, [new GraphQLClientError(message, code, null)]));

    public void Push(string subscription, string dataJson) => Stream(subscription).Writer.TryWrite(Data(dataJson));

    /// <summary>A subscription event that carries only an error, as a dropped socket would.</summary>
    public void PushError(string subscription, string message, string? code) =>
        Stream(subscription).Writer.TryWrite(new OperationResult<JsonElement>(default, [new GraphQLClientError(message, code, null)]));

    /// <summary>The variables of the last request of an operation, as the real transport would send them.</summary>
    public string VariablesOf(string operation) =>
        JsonSerializer.Serialize(Requests.Last(r => r.Operation.Name == operation).Variables, GraphQLJson.Options);

    public Task<OperationResult<JsonElement>> ExecuteAsync(GraphQLOperationRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return answers.TryGetValue(request.Operation.Name, out var answer)
            ? answer(request)
            : throw new InvalidOperationException($"The test gave no answer for {request.Operation.Name}.");
    }

    public async IAsyncEnumerable<OperationResult<JsonElement>> SubscribeAsync(GraphQLOperationRequest request,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Requests.Add(request);
        SubscriptionTokens.Add(cancellationToken);
        await foreach (var item in Stream(request.Operation.Name).Reader.ReadAllAsync(cancellationToken))
            yield return item;
    }

    /// <summary>Ends the current subscription stream (the socket closed); the next subscribe gets a new one.</summary>
    public void EndStream(string subscription)
    {
        lock (streams)
        {
            if (streams.Remove(subscription, out var channel))
                channel.Writer.TryComplete();
        }
    }

    private Channel<OperationResult<JsonElement>> Stream(string name)
    {
        lock (streams)
        {
            if (!streams.TryGetValue(name, out var channel))
                streams[name] = channel = Channel.CreateUnbounded<OperationResult<JsonElement>>();
            return channel;
        }
    }

    private static OperationResult<JsonElement> Data(string json) => new(JsonDocument.Parse(json).RootElement.Clone(), []);
}

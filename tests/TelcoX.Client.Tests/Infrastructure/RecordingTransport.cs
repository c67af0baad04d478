using System.Runtime.CompilerServices;
using System.Text.Json;

namespace TelcoX.Client.Tests.Infrastructure;

/// <summary>A transport that records requests and answers with a fixed <c>data</c> object.</summary>
public sealed class RecordingTransport(string dataJson = "{}") : IGraphQLTransport
{
    public List<GraphQLOperationRequest> Requests { get; } = [];

    public Task<OperationResult<JsonElement>> ExecuteAsync(GraphQLOperationRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return Task.FromResult(new OperationResult<JsonElement>(JsonDocument.Parse(dataJson).RootElement.Clone(), []));
    }

    public async IAsyncEnumerable<OperationResult<JsonElement>> SubscribeAsync(GraphQLOperationRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Requests.Add(request);
        await Task.Yield();
        yield return new OperationResult<JsonElement>(JsonDocument.Parse(dataJson).RootElement.Clone(), []);
    }
}

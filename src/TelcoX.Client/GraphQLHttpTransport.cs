using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace TelcoX.Client;

/// <summary>Queries and mutations over GraphQL-over-HTTP (POST); failures to reach the API become TRANSPORT_ERROR results.</summary>
public sealed class GraphQLHttpTransport(HttpClient http, IOptions<GraphQLClientOptions> options, IAccessTokenProvider tokens)
{
    private static readonly MediaTypeWithQualityHeaderValue[] Accept =
        [new("application/graphql-response+json"), new("application/json", 0.9)];

    public async Task<OperationResult<JsonElement>> ExecuteAsync(GraphQLOperationRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.RequestTimeout);
        try
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, settings.Endpoint)
            {
                Content = JsonContent.Create(GraphQLJson.RequestPayload(request, settings.UsePersistedDocuments), options: GraphQLJson.Options),
            };
            foreach (var accept in Accept)
                message.Headers.Accept.Add(accept);
            if (await tokens.GetAccessTokenAsync(timeout.Token) is { Length: > 0 } token)
                message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

            using var response = await http.SendAsync(message, timeout.Token);
            // GraphQL-over-HTTP answers 4xx with a GraphQL body too; those errors are worth more than the status.
            if (response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.OrdinalIgnoreCase) == true)
            {
                using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(timeout.Token), cancellationToken: timeout.Token);
                if (body.RootElement.ValueKind == JsonValueKind.Object
                    && (body.RootElement.TryGetProperty("data", out _) || body.RootElement.TryGetProperty("errors", out _)))
                    return GraphQLJson.ReadResult(body.RootElement);
            }
            return Failure($"The GraphQL API at {settings.Endpoint} answered {(int)response.StatusCode} {response.ReasonPhrase} without a GraphQL response.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failure($"The GraphQL API at {settings.Endpoint} did not answer within {settings.RequestTimeout.TotalSeconds:0.#} s.");
        }
        catch (HttpRequestException exception)
        {
            return Failure($"The GraphQL API at {settings.Endpoint} cannot be reached: {exception.Message}");
        }
        catch (JsonException exception)
        {
            return Failure($"The GraphQL API at {settings.Endpoint} answered with malformed JSON: {exception.Message}");
        }
    }

    private static OperationResult<JsonElement> Failure(string message) => OperationResult<JsonElement>.Failure(GraphQLClientError.Transport(message));
}

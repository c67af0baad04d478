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

    public async Task<OperationResult<T>> ExecuteAsync<T>(GraphQLOperation operation, IReadOnlyDictionary<string, object?> variables, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.RequestTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, settings.Endpoint)
            {
                Content = JsonContent.Create(GraphQLJson.RequestPayload(operation, variables, settings.UsePersistedDocuments), options: GraphQLJson.Options),
            };
            foreach (var accept in Accept)
                request.Headers.Accept.Add(accept);
            if (await tokens.GetAccessTokenAsync(timeout.Token) is { Length: > 0 } token)
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

            using var response = await http.SendAsync(request, timeout.Token);
            // GraphQL-over-HTTP answers 4xx with a GraphQL body too; those errors are worth more than the status.
            if (response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.OrdinalIgnoreCase) == true)
            {
                using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(timeout.Token), cancellationToken: timeout.Token);
                if (body.RootElement.ValueKind == JsonValueKind.Object
                    && (body.RootElement.TryGetProperty("data", out _) || body.RootElement.TryGetProperty("errors", out _)))
                    return GraphQLJson.ReadResult<T>(body.RootElement);
            }
            return Failure<T>($"The GraphQL API at {settings.Endpoint} answered {(int)response.StatusCode} {response.ReasonPhrase} without a GraphQL response.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failure<T>($"The GraphQL API at {settings.Endpoint} did not answer within {settings.RequestTimeout.TotalSeconds:0.#} s.");
        }
        catch (HttpRequestException exception)
        {
            return Failure<T>($"The GraphQL API at {settings.Endpoint} cannot be reached: {exception.Message}");
        }
        catch (JsonException exception)
        {
            return Failure<T>($"The GraphQL API at {settings.Endpoint} answered with malformed JSON: {exception.Message}");
        }
    }

    private static OperationResult<T> Failure<T>(string message) => OperationResult<T>.Failure(GraphQLClientError.Transport(message));
}

// Stand-in for the generated LoginAsync (branch `clientgen`); deleted when the generator's slice is merged.
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using TelcoX.Client;

namespace TelcoX.Admin.GraphQL;

public enum UserRole { Admin, Agent, Customer }

public sealed record LoginResult(Login_Login? Login);
public sealed record Login_Login(string? Token, DateTimeOffset? ExpiresAt, Login_Login_User? User, IReadOnlyList<Login_Login_Errors>? Errors);
public sealed record Login_Login_User(string Email, UserRole Role);
public sealed record Login_Login_Errors([property: JsonPropertyName("__typename")] string Typename, string? Message, string? Code);

public sealed partial class TelcoXClient(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    private const string LoginDocument = "mutation Login($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token expiresAt user { email role } errors { __typename ... on Error { message code } } } }";

    public async Task<OperationResult<LoginResult>> LoginAsync(string email, string password, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await http.PostAsJsonAsync("", new { query = LoginDocument, variables = new { email, password } }, cancellationToken);
            var body = await response.Content.ReadFromJsonAsync<Envelope>(Json, cancellationToken);
            var errors = body?.Errors?.Select(e => new GraphQLClientError(e.Message, e.Extensions?.Code, null)).ToList() ?? [];
            return new(body?.Data, errors);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            return new(default, [new GraphQLClientError("The TelcoX API could not be reached.", "TRANSPORT_ERROR", null)]);
        }
    }

    private sealed record Envelope(LoginResult? Data, List<EnvelopeError>? Errors);
    private sealed record EnvelopeError(string Message, EnvelopeExtensions? Extensions);
    private sealed record EnvelopeExtensions(string? Code);
}

using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TelcoX.GraphQL.Tests.Billing;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Tests.Users;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>
/// Keys confirm nothing: in every mutation a CUSTOMER may send, another customer's key answers exactly
/// as a key that does not exist (the same JSON but for the key each message names, the same SQL
/// statements, so no slower either) and writes nothing.
/// </summary>
public sealed class SomeoneElsesKeyTests(SqlCapturingApiFactory api) : IClassFixture<SqlCapturingApiFactory>
{
    private const string Password = "A-long-enough-password-1";

    [Theory]
    [MemberData(nameof(SomeoneElsesKeyCases.Runs), MemberType = typeof(SomeoneElsesKeyCases))]
    public async Task SomeoneElsesKeyAnswersAsAnUnknownKeyAndWritesNothing(Caller caller, string name)
    {
        var keyCase = SomeoneElsesKeyCases.All.Single(c => c.Name == name);
        var client = await ClientAsync(caller);
        var theirs = await TheirRows.ArrangeAsync(api);
        var before = await DatabaseSnapshot.ReadAsync(api);

        var (theirAnswer, theirSql) = await SendAsync(client, keyCase, theirs, keyCase.TheirKey(theirs));
        var (unknownAnswer, unknownSql) = await SendAsync(client, keyCase, theirs, keyCase.UnknownKey());

        Assert.Equal(unknownAnswer, theirAnswer);
        Assert.Equal(unknownSql, theirSql);
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
        Assert.Equal((keyCase.Code, keyCase.Message), FirstError(unknownAnswer));
    }

    [Fact]
    public void EveryMutationACustomerMaySendIsWalked()
    {
        var open = RootFieldExpectations.Mutation.Where(m => m.Value is Audience.Anyone or Audience.Customers).Select(m => m.Key).Order();
        var walked = SomeoneElsesKeyCases.All.Select(c => c.Mutation).Concat(SomeoneElsesKeyCases.Keyless).Distinct().Order();

        Assert.Equal(open, walked);
    }

    /// <summary>The status and body, each message's key written as {key}, and the SQL the request ran.</summary>
    private async Task<(string Answer, IReadOnlyList<string> Sql)> SendAsync(HttpClient client, KeyCase keyCase, TheirRows theirs, object key)
    {
        api.Sql.Clear();
        var (status, body) = await AuthErrors.PostAsync(client, keyCase.Document, new { input = keyCase.Input(theirs, key) });
        // The caller's token stamp is read at most once per few seconds whatever the key: not what the key costs.
        var sql = api.Sql.Statements.Where(statement => !statement.Contains("PasswordHash", StringComparison.Ordinal)).ToList();
        return ($"{status} {NameKey(JsonNode.Parse(body.GetRawText()), key.ToString()!)?.ToJsonString()}", sql);
    }

    // Only inside strings: numbers elsewhere (an error's column) are left as they are.
    private static JsonNode? NameKey(JsonNode? node, string key) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, NameKey(p.Value, key)))),
        JsonArray a => new JsonArray([.. a.Select(item => NameKey(item, key))]),
        JsonValue v when v.GetValueKind() == JsonValueKind.String =>
            JsonValue.Create(Regex.Replace(v.GetValue<string>(), $@"(?<![\w-]){Regex.Escape(key)}(?![\w-])", "{key}")),
        _ => node?.DeepClone(),
    };

    /// <summary>The code and message of the payload's first error, or of the response's when the field itself failed.</summary>
    private static (string?, string?) FirstError(string answer)
    {
        var body = JsonNode.Parse(answer[(answer.IndexOf(' ') + 1)..])!;
        if (body["errors"] is JsonArray { Count: > 0 } errors)
            return ((string?)errors[0]!["extensions"]?["code"], (string?)errors[0]!["message"]);
        var payload = body["data"]!.AsObject().Single().Value!;
        var error = payload["errors"]![0]!;
        return ((string?)error["code"], (string?)error["message"]);
    }

    private async Task<HttpClient> ClientAsync(Caller caller)
    {
        if (caller == Caller.LinkedCustomer)
            return api.CreateClient((await BillingRows.ArrangeAsync(api)).Customer.Id);
        // Self-registered and signed in through the real mutations: a CUSTOMER token with no customer.
        var input = new { email = $"test-{TestRows.Unique()}@example.test", password = Password };
        PayloadAssert.Succeeded((await api.CreateClient().QueryDataAsync(UserDocuments.Register, new { input })).GetProperty("register"));
        var login = await api.CreateClient().QueryDataAsync(UserDocuments.Login, new { input });
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("login").GetProperty("token").GetString());
        return client;
    }
}

using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Tests.Realtime;
using static TelcoX.GraphQL.Tests.Server.GraphQLHttpRequests;

namespace TelcoX.GraphQL.Tests.Server;

/// <summary>
/// What an anonymous caller's document may cost (issue: "Denial of service"). Each attack below cost
/// seconds to minutes of CPU before the caps; each now answers a 400 with a sentence within a bound
/// that only the old quadratic paths could reach (seconds even on a busy machine).
/// </summary>
public sealed class DocumentLimitTests(DocumentLimitTests.RoomyApi api, TelcoApiFactory defaults)
    : IClassFixture<DocumentLimitTests.RoomyApi>, IClassFixture<TelcoApiFactory>
{
    /// <summary>
    /// Every cap on the text lifted (size, line, tokens, nodes), so that each attack reaches the guard
    /// it is about: the size cap alone would otherwise hide whether wrapping or the depth limit works.
    /// </summary>
    public sealed class RoomyApi : TelcoApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var cap in new[] { "MaxDocumentLength", "MaxLineLength", "MaxTokens", "MaxNodes" })
                builder.UseSetting($"GraphQL:Limits:{cap}", "1000000");
            builder.UseSetting("GraphQL:Limits:MaxBodyBytes", "4000000");
        }
    }

    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(3);
    private readonly HttpClient anonymous = api.CreateClient(Role.Anonymous);
    private readonly HttpClient withDefaults = defaults.CreateClient(Role.Anonymous);

    [Fact]
    public async Task ASyntaxErrorFarAlongOneLineAnswersAtOnceAndPointsAtTheClientsColumn()
    {
        // 200,000 columns: minutes of CPU when the parser's caret line was built one space at a time.
        var query = "{ products { totalCount } }\n" + new string(' ', 200_000) + "\u0001";

        var (status, body, elapsed) = await PostTimedAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = SingleError(body, "SYNTAX_ERROR");
        var location = error.GetProperty("locations")[0];
        Assert.Equal(2, location.GetProperty("line").GetInt32());
        Assert.Equal(200_001, location.GetProperty("column").GetInt32());
        Assert.True(elapsed < Bound, $"took {elapsed}");
    }

    [Fact]
    public async Task AValidMinifiedDocumentOnOneLongLineRunsAndReportsTheClientsColumns()
    {
        // 30 × 24 characters: wrapped at least twice before parsing.
        var fields = string.Concat(Enumerable.Repeat(" products { totalCount }", 30));
        using var ok = await anonymous.PostQueryAsync("{" + fields + " }", GraphQLResponse);
        var data = (await ok.JsonBodyAsync()).GetProperty("data");
        Assert.True(data.GetProperty("products").GetProperty("totalCount").GetInt32() > 0);

        var query = "{" + fields + " noSuchField }";
        var (status, body, _) = await PostTimedAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var column = body.GetProperty("errors")[0].GetProperty("locations")[0].GetProperty("column").GetInt32();
        Assert.Equal(query.IndexOf("noSuchField", StringComparison.Ordinal) + 1, column);
    }

    [Fact]
    public async Task ARunWithoutSpacesLongerThanTheLineCapIsRefusedBeforeParsing()
    {
        var query = "{ products(where: { name: { eq: \"" + new string('x', 40_000) + "\u0001\" } }) { totalCount } }";

        var (status, body, elapsed) = await PostTimedAsync(query, withDefaults);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Line 1 of the document runs 40,", SingleError(body, "DOCUMENT_LINE_TOO_LONG").GetProperty("message").GetString());
        Assert.True(elapsed < Bound, $"took {elapsed}");
    }

    [Fact]
    public async Task ADocumentLongerThanTheDefaultCapIsRefused()
    {
        var query = "{ products { totalCount } }" + new string(' ', 60_000);

        using var response = await withDefaults.PostQueryAsync(query, GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The document is 60,027 characters long; at most 50,000 are accepted.",
            SingleError(await response.JsonBodyAsync(), "DOCUMENT_TOO_LARGE").GetProperty("message").GetString());
    }

    [Fact]
    public async Task FieldsPastTheFieldCapAreRefusedBeforeValidation()
    {
        // 70 × 31 fields: validation compares every pair of same-named fields, so 2,048 is where it stops.
        var query = "{" + string.Concat(Enumerable.Range(0, 70).Select(i => $" p{i}: products {{{string.Concat(Enumerable.Repeat(" totalCount", 31))} }}")) + " }";

        var (status, body, elapsed) = await PostTimedAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("The document selects more than 2,048 fields. Reduce the fields in your request.",
            SingleError(body, "TOO_MANY_FIELDS").GetProperty("message").GetString());
        Assert.True(elapsed < Bound, $"took {elapsed}");
    }

    [Fact]
    public async Task OneFieldRepeatedPastItsCapInOneSelectionSetIsRefused()
    {
        // 4,000 repeats cost 0.76 s of CPU; 80,000 gave no answer in 20 s.
        var query = "{ products {" + string.Concat(Enumerable.Repeat(" totalCount ... on ProductsConnection { totalCount }", 2_000)) + " } }";

        var (status, body, elapsed) = await PostTimedAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("The field 'totalCount' is selected more than 32 times in one selection set; select it once.",
            SingleError(body, "TOO_MANY_REPEATS").GetProperty("message").GetString());
        Assert.True(elapsed < Bound, $"took {elapsed}");
    }

    /// <summary>The costliest shapes under the default caps (tens of ms on a quiet machine): each answers within the bound.</summary>
    public static TheoryData<string, string> CostliestUnderTheCaps => new()
    {
        { "2,021 fields, 32 of each name, under 47 aliases", "{" + string.Concat(Enumerable.Range(0, 47).Select(i =>
            $" p{i}: products {{{string.Concat(Enumerable.Repeat(" totalCount", 32))}{string.Concat(Enumerable.Repeat(" __typename", 10))} }}")) + " }" },
        { "100 fragments of one field spread in one set", Fragments(100) },
        { "100 fragments, each spreading the next", "{ products { ...F0 } }"
            + string.Concat(Enumerable.Range(0, 100).Select(i => $" fragment F{i} on ProductsConnection {{ totalCount {(i < 99 ? $"...F{i + 1}" : "")} }}")) },
    };

    [Fact]
    public async Task FragmentsPastTheirCapAreRefusedBeforeValidation()
    {
        // 800 fragments spread in one set ran past the 15 s timeout: every pair is compared, each found by a linear search.
        var (status, body, elapsed) = await PostTimedAsync(Fragments(800));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("The document defines more than 100 fragments. Split it into smaller requests.",
            SingleError(body, "TOO_MANY_FRAGMENTS").GetProperty("message").GetString());
        Assert.True(elapsed < Bound, $"took {elapsed}");
    }

    private static string Fragments(int count) =>
        "{ products { " + string.Concat(Enumerable.Range(0, count).Select(i => $"...F{i} ")) + "} }"
        + string.Concat(Enumerable.Range(0, count).Select(i => $" fragment F{i} on ProductsConnection {{ totalCount }}"));

    [Theory]
    [MemberData(nameof(CostliestUnderTheCaps))]
    public async Task TheCostliestDocumentsUnderTheDefaultCapsValidateQuickly(string shape, string query)
    {
        var (status, body, elapsed) = await PostTimedAsync(query, withDefaults);

        Assert.True(status == HttpStatusCode.OK, $"{shape}: {body}");
        Assert.True(elapsed < Bound, $"{shape} took {elapsed}");
    }

    public static TheoryData<string, string> NestingForms => new()
    {
        { "list literals in an argument", "{ products(where: { name: { in: " + Nest("[", "\"a\"", "]", 20_000) + " } }) { totalCount } }" },
        { "and:[{…}] filters", "{ products(where: " + Nest("{ and: [", "{ name: { eq: \"a\" } }", "] }", 3_000) + ") { totalCount } }" },
        { "selection sets", Nest("{ products { nodes ", "{ name }", " }", 5_000) },
        { "list wrappers in a variable type", "query($v: " + Nest("[", "String", "]", 5_000) + ") { products { totalCount } }" },
        { "object literals in an argument", "{ products(where: " + Nest("{ or: ", "{ name: { eq: \"a\" } }", " }", 10_000) + ") { totalCount } }" },
    };

    /// <summary>Hot Chocolate's CVE-2026-40324: a 40 KB nested document killed the process. Each form is a 400 here.</summary>
    [Theory]
    [MemberData(nameof(NestingForms))]
    public async Task DeepNestingIsA400WithASentenceInEveryForm(string form, string query)
    {
        var (status, body, _) = await PostTimedAsync(query);

        Assert.True(status == HttpStatusCode.BadRequest, $"{form}: {(int)status} {body}");
        Assert.Equal("The document nests deeper than 64 levels (selection sets, lists, objects or list types).",
            SingleError(body, "MAX_DEPTH_EXCEEDED").GetProperty("message").GetString());
        using var alive = await anonymous.PostQueryAsync("{ products { totalCount } }", GraphQLResponse);
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    [Fact]
    public async Task DeepNestingUnderApplicationJsonIsAGraphQLErrorIn200()
    {
        using var response = await anonymous.PostQueryAsync(Nest("{ products { nodes ", "{ name }", " }", 5_000), Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        SingleError(await response.JsonBodyAsync(), "MAX_DEPTH_EXCEEDED");
    }

    [Fact]
    public async Task TooManyTokensAreRefusedBeforeParsing()
    {
        var query = "{ products { totalCount } }" + string.Concat(Enumerable.Repeat(" {}", 6_000));

        var (status, body, _) = await PostTimedAsync(query, withDefaults);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("The document holds more than 10,000 tokens. Split it into smaller requests.",
            SingleError(body, "TOO_MANY_TOKENS").GetProperty("message").GetString());
    }

    [Fact]
    public async Task ResponsesCarryAtMostAHundredErrorsAndSayHowManyMoreThereWere()
    {
        var variables = string.Join(" ", Enumerable.Range(0, 500).Select(i => $"$v{i}: Int"));

        var (status, body, _) = await PostTimedAsync($"query({variables}) {{ products {{ totalCount }} }}", withDefaults);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = body.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(101, errors.Count);
        Assert.Equal("400 more errors were left out; at most 100 are reported.", errors[^1].GetProperty("message").GetString());
        Assert.Equal("TOO_MANY_ERRORS", errors[^1].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task TheCapsHoldOverWebSocketsToo()
    {
        using var socket = await GraphQLSocket.ConnectAsync(api, "graphql-transport-ws");
        await socket.InitAsync();

        // Under the socket's 64 KB message cap: 20,000 nested lists in 40 KB.
        await socket.SendAsync(new { id = "deep", type = "subscribe", payload = new { query = "{ products(where: { id: { in: " + Nest("[", "1", "]", 20_000) + " } }) { totalCount } }" } });
        var refused = await socket.ReceiveOfTypeAsync("error");
        Assert.Equal("MAX_DEPTH_EXCEEDED", refused.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());

        var stopwatch = Stopwatch.StartNew();
        await socket.SendAsync(new { id = "far", type = "subscribe", payload = new { query = "{ products { totalCount } }\n" + new string(' ', 60_000) + "\u0001" } });
        var syntax = await socket.ReceiveOfTypeAsync("error");
        Assert.Equal("SYNTAX_ERROR", syntax.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.True(stopwatch.Elapsed < Bound, $"took {stopwatch.Elapsed}");
    }

    private static string Nest(string open, string inner, string close, int depth)
    {
        var text = new StringBuilder();
        for (var i = 0; i < depth; i++)
            text.Append(open);
        text.Append(inner);
        for (var i = 0; i < depth; i++)
            text.Append(close);
        return text.ToString();
    }

    private async Task<(HttpStatusCode Status, JsonElement Body, TimeSpan Elapsed)> PostTimedAsync(string query, HttpClient? client = null)
    {
        client ??= anonymous;
        // The first request of a fixture builds the schema: not what is timed here.
        using (await client.PostQueryAsync("{ __typename }", GraphQLResponse)) { }
        var stopwatch = Stopwatch.StartNew();
        using var response = await client.PostQueryAsync(query, GraphQLResponse);
        var body = await response.JsonBodyAsync();
        return (response.StatusCode, body, stopwatch.Elapsed);
    }

    private static JsonElement SingleError(JsonElement body, string? code = null)
    {
        Assert.False(body.TryGetProperty("data", out _), body.ToString());
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        if (code is not null)
            Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        return error;
    }
}

using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using TelcoX.GraphQL.Tests.Auth;
using TelcoX.GraphQL.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TelcoX.GraphQL.Tests.Schema;

/// <summary>Hundreds of error answers, healthy and faulty: no extensions.code is the name of an exception type.</summary>
public sealed class ErrorCodeScanTests(UnexpectedErrorTests.FaultyApi api, ITestOutputHelper output) : IClassFixture<UnexpectedErrorTests.FaultyApi>
{
    /// <summary>
    /// Stable codes of the document limits that an exception type's name happens to share: a document that
    /// does not parse (System.Data.SyntaxErrorException) and one nested too deep (GraphQL-Parser's own).
    /// </summary>
    private static readonly string[] DocumentCodes = ["SYNTAX_ERROR", "MAX_DEPTH_EXCEEDED"];

    private static string Cursor(string json) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json));

    private static readonly string[] Documents =
    [
        $"{{ products(first: 1, after: \"{Cursor("""{"O":"id:ASC"}""")}\") {{ totalCount }} }}",
        $"{{ products(first: 1, after: \"{Cursor("""{"O":"id:ASC","K":["x"]}""")}\") {{ totalCount }} }}",
        $"{{ products(first: 1, before: \"{Cursor("[]")}\") {{ totalCount }} }}",
        "{ products(first: 1, after: \"%%%\") { totalCount } }",
        """mutation { issueInvoice(input: { customerId: 1, period: "9999-12", subtotal: 10, tax: 1, dueDate: "9999-12-31T00:00:00Z" }) { errors { __typename } } }""",
        """mutation { issueInvoice(input: { customerId: 1, period: "0000-00", subtotal: 10, tax: 1, dueDate: "0001-01-01T00:00:00Z" }) { errors { __typename } } }""",
        """mutation { issueInvoice(input: { customerId: 1, period: "2025-01", subtotal: 1e30, tax: 1, dueDate: "2025-02-01T00:00:00Z" }) { errors { __typename } } }""",
        """{ invoices(first: 1, where: { dueDate: { gt: "99999-01-01T00:00:00Z" } }) { totalCount } }""",
        """{ invoices(first: 1, where: { total: { gt: 1e400 } }) { totalCount } }""",
        "{ customers(first: 2147483647) { totalCount } }",
        "{ customers(last: -1) { totalCount } }",
        "{ productsPage(skip: 2147483647, take: 1) { items { id } } }",
        "{ product(id: -1) { id } }",
        "{ custmers { totalCount } }",
        "{ products(frist: 1) { totalCount } }",
        "mutation { login(input: { email: \"\", password: \"\" }) { token } }",
        "query($d: DateTime) { __typename }",
        "{ __type(name: \"Query\") { name } }",
        "{ products(first: 1) { totalCount }",
    ];

    private static readonly string[] UsingTheDatabase =
    [
        "{ products(first: 2) { nodes { inventory { quantity } } } }",
        "{ customers(first: 2) { nodes { lines { msisdn } } } }",
        "mutation { login(input: { email: \"admin@telcox.dev\", password: \"wrong\" }) { token } }",
    ];

    [Fact]
    public async Task NoErrorAnswerCarriesACodeMadeFromAnExceptionTypeName()
    {
        var exceptionCodes = ExceptionTypeCodes();
        Assert.Superset(new HashSet<string> { "NULL_REFERENCE", "ARGUMENT_OUT_OF_RANGE", "MY_SQL", "SQLITE", "RETRY_LIMIT_EXCEEDED", "END_OF_STREAM" }, exceptionCodes);
        var answers = new List<(string Sent, string Code)>();

        foreach (var role in new[] { Role.Anonymous, Role.ApiKey })
            foreach (var document in Documents)
                answers.AddRange(await CodesAsync(api.CreateClient(role), document));
        var fuzz = new FuzzRequests(seed: 19);
        for (var i = 0; i < 300; i++)
            answers.AddRange(await CodesAsync(api.CreateClient(), fuzz.Next()));
        // A healthy server answers hostile input as the client's mistake, never as its own failure.
        Assert.All(answers, answer => Assert.False(answer.Code is "INTERNAL_SERVER_ERROR" or "DATABASE_UNAVAILABLE", $"{answer.Code} answered {answer.Sent}"));
        foreach (var fault in new[] { DatabaseFault.Unreachable, DatabaseFault.Bug })
        {
            api.Faults.Current = fault;
            try
            {
                foreach (var document in Documents.Take(4).Concat(UsingTheDatabase))
                    answers.AddRange(await CodesAsync(api.CreateClient(Role.ApiKey), document));
            }
            finally
            {
                api.Faults.Current = DatabaseFault.None;
            }
        }

        foreach (var group in answers.GroupBy(a => a.Code).OrderBy(g => g.Key))
            output.WriteLine($"{group.Key}: {group.Count()}");
        Assert.True(answers.Count > 200, $"only {answers.Count} errors answered");
        Assert.All(answers, answer => Assert.False(exceptionCodes.Contains(answer.Code) && !DocumentCodes.Contains(answer.Code), $"{answer.Code} answered {answer.Sent}"));
    }

    private static async Task<IEnumerable<(string, string)>> CodesAsync(HttpClient client, string document)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = document }) };
        return await CodesAsync(client, request);
    }

    private static async Task<IEnumerable<(string, string)>> CodesAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            var sent = await request.Content!.ReadAsStringAsync();
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(body.StartsWith('{'), $"not a GraphQL answer: {body[..Math.Min(200, body.Length)]}");
            return AuthErrors.Codes(JsonDocument.Parse(body).RootElement).Select(code => (sent[..Math.Min(200, sent.Length)], code));
        }
    }

    /// <summary>The code graphql-dotnet would derive from each exception type loaded (the database drivers' included).</summary>
    private static HashSet<string> ExceptionTypeCodes()
    {
        Assembly[] drivers = [typeof(MySqlConnector.MySqlException).Assembly, typeof(Microsoft.Data.Sqlite.SqliteException).Assembly,
            typeof(Microsoft.EntityFrameworkCore.Storage.RetryLimitExceededException).Assembly];
        return AppDomain.CurrentDomain.GetAssemblies().Union(drivers).Where(a => !a.IsDynamic)
            .SelectMany(a => { try { return a.GetTypes(); } catch (ReflectionTypeLoadException e) { return e.Types.OfType<Type>().ToArray(); } })
            .Where(t => typeof(Exception).IsAssignableFrom(t) && !typeof(ExecutionError).IsAssignableFrom(t))
            .Select(ErrorInfoProvider.GetErrorCode).ToHashSet();
    }
}

using System.Net.Http.Headers;
using System.Text;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>Hostile requests from a fixed seed: the same run every time, so a failure can be replayed.</summary>
public sealed class FuzzRequests(int seed)
{
    private readonly Random random = new(seed);

    private static readonly string[] Documents =
    [
        "{ customers(first: 1000000) { nodes { id } } }",
        "{ products(first: -5) { nodes { id } } }",
        "{ products(first: 99999999999999999999) { nodes { id } } }",
        "{ productsPage(skip: -1, take: 100000) { items { id } } }",
        "{ product(id: 2147483648) { id } }",
        "{ consumption(msisdn: \"593988877766\") { balance } }",
        "{ users { nodes { email } } }",
        "query A { __typename } query B { __typename }",
        "{ __schema { types { name } } }",
        "mutation { deleteProduct(input: { id: 1 }) { errors { __typename } } }",
        "mutation { setInventory(input: { productId: 1, quantity: -1 }) { errors { __typename } } }",
        "mutation { purchase(input: { productId: 1, quantity: 2147483647 }) { errors { __typename } } }",
        "mutation { simulateConsumption(input: {}) { linesChanged } }",
        "mutation { payInvoice(input: { invoiceNumber: \"x\", amount: 1e400, method: TARJETA }) { errors { __typename } } }",
        "mutation { login(input: { email: \"admin@telcox.dev\", password: 12 }) { token } }",
        "subscription { onAnything }",
        "{ products { nodes { id name price inventory { quantity } } } }",
        "{",
        "{ a: __typename b: __typename }",
        "fragment F on Query { ...F } { ...F }",
    ];

    public HttpRequestMessage Next()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Body() };
        switch (random.Next(6))
        {
            case 0: request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Forged()); break;
            case 1: request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", RandomText(random.Next(1, 300))); break;
            case 2: request.Headers.TryAddWithoutValidation("X-API-Key", RandomText(random.Next(1, 64))); break;
        }
        return request;
    }

    private HttpContent Body() => random.Next(10) switch
    {
        0 => Json(Encoding.UTF8.GetString(Bytes(random.Next(1, 2000)))), // broken JSON
        1 => Json($"{{\"query\": {random.Next()}, \"variables\": \"{RandomText(10)}\", \"operationName\": []}}"), // wrong types
        2 => Json($"{{\"query\": \"{Deep(50)}\"}}"),
        3 when random.Next(20) == 0 => Json($"{{\"query\": \"{{ __typename }}\", \"variables\": {{\"s\": \"{new string('x', 1024 * 1024)}\"}}}}"),
        4 => Json($"{{\"query\": \"{Escape(Documents[random.Next(Documents.Length)])}\", \"operationName\": \"{RandomText(8)}\"}}"),
        5 => new ByteArrayContent(Bytes(random.Next(1, 500))) { Headers = { ContentType = new MediaTypeHeaderValue(random.Next(2) == 0 ? "text/plain" : "application/json") } },
        6 => Json($"{{\"query\": \"query($n: Int) {{ products(first: $n) {{ totalCount }} }}\", \"variables\": {{\"n\": {Number()}}}}}"),
        _ => Json($"{{\"query\": \"{Escape(Documents[random.Next(Documents.Length)])}\"}}"),
    };

    private string Number() => random.Next(5) switch
    {
        0 => "1e400",
        1 => "-99999999999999999999999",
        2 => "\"12\"",
        3 => "null",
        _ => random.NextInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Deep(int depth) =>
        string.Concat(Enumerable.Repeat("{ customers { nodes { lines ", depth / 3)) + "{ msisdn }" + string.Concat(Enumerable.Repeat(" } } }", depth / 3));

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("\"", "\\\"");

    private byte[] Bytes(int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private string RandomText(int length) => new([.. Enumerable.Range(0, length).Select(_ => (char)random.Next('!', '~'))]);
}

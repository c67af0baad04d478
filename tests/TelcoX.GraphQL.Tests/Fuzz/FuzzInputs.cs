using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TelcoX.GraphQL.Tests.Fuzz;

/// <summary>Random and mutated GraphQL documents, variables, cursors and headers, all from one seeded generator.</summary>
internal sealed class FuzzInputs(Random random)
{
    public string Document()
    {
        var text = Pick(FuzzCorpus.Documents);
        var mutations = random.Next(4) == 0 ? 0 : random.Next(4);
        for (var i = 0; i < mutations; i++)
            text = Mutate(text);
        return text;
    }

    public string Mutate(string text)
    {
        if (text.Length == 0)
            return Pick(FuzzCorpus.Splices);
        var at = random.Next(text.Length);
        var length = Math.Min(random.Next(1, 40), text.Length - at);
        return random.Next(7) switch
        {
            0 => text.Remove(at, length),
            1 => text.Insert(at, text.Substring(at, length)),
            2 => text.Insert(at, Pick(FuzzCorpus.Splices)),
            3 => text.Insert(at, string.Concat(Enumerable.Repeat(Pick(FuzzCorpus.Splices) + " ", random.Next(2, 3_000)))),
            4 => Nest(text, at, length),
            5 => text.Remove(at, 1).Insert(at, ((char)random.Next(0, 0xFFFF)).ToString()),
            _ => text.Insert(at, new string(' ', random.Next(1, 60_000)) + Pick(FuzzCorpus.Splices)),
        };
    }

    private string Nest(string text, int at, int length)
    {
        var (open, close) = Pick([("[", "]"), ("{", "}"), ("(", ")"), ("{ and: [", "] }"), ("{ a ", " }")]);
        var depth = random.Next(2, 20_000);
        return new StringBuilder(text.Length + depth * 8).Append(text, 0, at).Insert(at, open, depth)
            .Append(text, at, length).Append(string.Concat(Enumerable.Repeat(close, depth))).Append(text, at + length, text.Length - at - length).ToString();
    }

    /// <summary>The fields of each input type the corpus's mutations take: a valid shape most of the time reaches the rules.</summary>
    private static readonly Dictionary<string, string[]> InputFields = new()
    {
        ["PayInvoiceInput"] = ["invoiceNumber", "couponCode", "amount", "method"],
        ["IssueInvoiceInput"] = ["customerId", "contractNumber", "msisdn", "period", "subtotal", "tax", "discount", "dueDate"],
        ["SetConsumptionInput"] = ["msisdn", "balance", "dataMb", "minutes", "name"],
        ["RecordUsageEventInput"] = ["msisdn", "category", "bytes", "eventId"],
        ["CreateProductInput"] = ["name", "description", "price", "isActive"],
        ["PurchaseInput"] = ["productId", "quantity", "customerId"],
        ["RegisterCustomerInput"] = ["name", "serviceType", "dni", "email", "contractNumber", "line"],
    };

    /// <summary>Variables for the names a document uses, mostly of the right shape, some wrong, deep, huge or broken.</summary>
    public JsonObject Variables(string document)
    {
        var variables = new JsonObject();
        foreach (var name in new[] { "after", "w", "msisdn", "n", "s", "id", "input", "v" })
            if (random.Next(5) > 0 && (document.Contains("$" + name, StringComparison.Ordinal) || random.Next(8) == 0))
                variables[name] = Value(name, document);
        return variables;
    }

    private JsonNode? Value(string name, string document) => random.Next(8) switch
    {
        0 => AnyValue(0),
        1 => Deep(random.Next(10, 3_000)),
        _ when name == "after" => JsonValue.Create(Cursor()),
        _ => name switch
        {
            "after" => JsonValue.Create(Cursor()),
            "msisdn" => JsonValue.Create(Pick(["593988877766", "0969786985", "", "' OR 1=1 --", new string('9', 5_000), "\u0000"])),
            "n" => JsonValue.Create(Pick(["1", "0", "-1", "999999999999", "FAC-0001", "%", ""])),
            "s" => JsonValue.Create(random.Next(2) == 0),
            "id" => JsonValue.Create(Pick([1L, 0L, -1L, int.MaxValue, long.MaxValue])),
            "input" => Input(InputFields.FirstOrDefault(type => document.Contains(type.Key, StringComparison.Ordinal)).Value ?? [.. InputFields.Values.SelectMany(f => f)]),
            _ => AnyValue(0),
        },
    };

    private JsonObject Input(string[] fields)
    {
        var input = new JsonObject();
        foreach (var (key, value) in InputValues())
            if (fields.Contains(key) && random.Next(8) > 0)
                input[key] = value;
        return input;
    }

    private Dictionary<string, JsonNode?> InputValues() => new()
    {
        ["invoiceNumber"] = Pick<JsonNode?>(["1", "2", "", null, "x"]),
        ["couponCode"] = Pick<JsonNode?>([null, "CUP-1", ""]),
        ["amount"] = Pick<JsonNode?>([10, 0, -5, 1e30, 0.001, "12.345", "abc", null]),
        ["method"] = Pick<JsonNode?>(["CASH", "CARD", "BOGUS", 1, null]),
        ["period"] = Pick<JsonNode?>(FuzzCorpus.Periods.Select(p => (JsonNode?)p).ToArray()),
        ["subtotal"] = Pick<JsonNode?>([10.5, -1, 1e28, "7.123456789012345678901234567890"]),
        ["tax"] = 1.2,
        ["dueDate"] = Pick<JsonNode?>(["2026-12-31T00:00:00Z", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "yesterday", 5]),
        ["customerId"] = Pick<JsonNode?>([1, -1, int.MaxValue, null]),
        ["msisdn"] = Pick<JsonNode?>(["593988877766", "0969786985", "", new string('1', 300)]),
        ["balance"] = Pick<JsonNode?>([10, -1, 1e20, 0.005]),
        ["dataMb"] = Pick<JsonNode?>([100, -1, 1e20]),
        ["minutes"] = Pick<JsonNode?>([5, -1, long.MaxValue]),
        ["category"] = Pick<JsonNode?>(["SOCIAL", "VIDEO", "BOGUS"]),
        ["bytes"] = Pick<JsonNode?>([1024, -1, long.MaxValue, "9223372036854775808"]),
        ["eventId"] = Pick<JsonNode?>(["evt-" + random.Next(), new string('e', 200), null]),
        ["name"] = Pick<JsonNode?>(["Fuzz " + random.Next(), "\u0000", "\u202Eevil", "", new string('n', 10_000)]),
        ["price"] = Pick<JsonNode?>([1.99, -1, 1e30]),
        ["productId"] = Pick<JsonNode?>([1, 0, -1, int.MaxValue]),
        ["quantity"] = Pick<JsonNode?>([1, 0, -1, int.MaxValue]),
        ["email"] = Pick<JsonNode?>(["fuzz@example.com", "not-an-email", ""]),
        ["line"] = random.Next(2) == 0 ? null : new JsonObject { ["msisdn"] = "5939" + random.Next(10_000_000, 99_999_999), ["planId"] = random.Next(-1, 5) },
    };

    private JsonNode? AnyValue(int depth) => random.Next(depth > 3 ? 5 : 8) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => JsonValue.Create(Pick<double>([0, -1, 1e308, 2147483648, 0.1])),
        3 => JsonValue.Create(Pick(["", "x", "\ud800", new string('s', 20_000)])),
        4 => JsonValue.Create(random.Next()),
        5 => new JsonArray(Enumerable.Range(0, random.Next(4)).Select(_ => AnyValue(depth + 1)).ToArray()),
        _ => new JsonObject(Enumerable.Range(0, random.Next(4)).Select(i => KeyValuePair.Create(Pick(["and", "or", "name", "eq", "in", "some", "x" + i]), AnyValue(depth + 1)))
            .DistinctBy(p => p.Key)),
    };

    private static JsonNode Deep(int depth)
    {
        JsonNode node = JsonValue.Create(1);
        for (var i = 0; i < depth; i++)
            node = i % 2 == 0 ? new JsonArray(node) : new JsonObject { ["and"] = node };
        return node;
    }

    /// <summary>Base64 of JSON of the right and the wrong shape, of random bytes, or no base64 at all.</summary>
    public string Cursor() => random.Next(6) switch
    {
        0 or 1 => Base64(Pick(["{\"O\":\"id:ASC\"}", "{}", "[]", "null", "{\"O\":null,\"V\":[1]}", "{\"V\":[\"x\",1e999]}", "{\"O\":\"name:ASC\",\"V\":[{}]}",
            $"{{\"O\":\"{Pick(["id", "name", "x", ""])}:{Pick(["ASC", "DESC", ""])}\",\"V\":{JsonSerializer.Serialize(AnyValue(2))}}}"])),
        2 => Convert.ToBase64String(Bytes(random.Next(0, 64))),
        3 => Pick(["", "=", "not base64!", "%%%", new string('A', 10_000)]),
        _ => Base64(JsonSerializer.Serialize(AnyValue(0))),
    };

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    public byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public bool OneIn(int n) => random.Next(n) == 0;

    public int Next(int max) => random.Next(max);
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>
/// Every root query field, asked by a CUSTOMER: lists count exactly the caller's own rows as the
/// database holds them, and a lookup by someone else's key answers exactly as an unknown key. The
/// table must name every root field of the running schema, so a new one cannot slip past it.
/// </summary>
public sealed class CustomerRowScopeTableTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    private abstract record Case;
    /// <summary>A list: its totalCount is the number of the caller's own rows.</summary>
    private sealed record OwnRows(Func<TelcoDbContext, int, Task<int>> Count) : Case;
    /// <summary>A public or catalogue list: every row.</summary>
    private sealed record EveryRow(Func<TelcoDbContext, Task<int>> Count) : Case;
    /// <summary>A lookup by a key the caller owns, or someone else does.</summary>
    private sealed record OwnKey(string Argument, string Type, Func<OwnedRows, object> Key, Func<object> Unknown) : Case;
    /// <summary>A catalogue lookup: any existing key is found.</summary>
    private sealed record CatalogueKey(string Argument, Func<TelcoDbContext, Task<int>> AnyKey) : Case;
    /// <summary>Not a CUSTOMER's field at all: refused (RootFieldMatrixTests checks every role).</summary>
    private sealed record Refused : Case;

    private static Func<object> UnknownMsisdn => () => TestRows.Msisdn();
    private static OwnKey ByMsisdn => new("msisdn", "String!", rows => rows.Line.Msisdn, UnknownMsisdn);

    private static readonly IReadOnlyDictionary<string, Case> Table = new Dictionary<string, Case>
    {
        ["customer"] = new OwnKey("id", "Int!", rows => rows.Customer.Id, () => 2_000_000_000),
        ["customerByMsisdn"] = ByMsisdn,
        ["customers"] = new OwnRows((db, id) => db.Customers.CountAsync(c => c.Id == id)),
        ["customerSummary"] = ByMsisdn,
        ["line"] = ByMsisdn,
        ["phoneLines"] = new OwnRows((db, id) => db.PhoneLines.CountAsync(l => l.CustomerId == id)),
        ["plan"] = new CatalogueKey("id", db => db.Plans.Select(p => p.Id).FirstAsync()),
        ["plans"] = new EveryRow(db => db.Plans.CountAsync()),
        ["consumption"] = ByMsisdn,
        ["consumptions"] = new OwnRows((db, id) => db.Consumptions.CountAsync(c => c.PhoneLine.CustomerId == id)),
        ["dataPlan"] = ByMsisdn,
        ["usageEvents"] = new OwnRows((db, id) => db.UsageEvents.CountAsync(e => e.PhoneLine.CustomerId == id)),
        ["channel"] = new Refused(),
        ["channels"] = new Refused(),
        ["channelsByCustomer"] = new Refused(),
        ["messagesByKind"] = new Refused(),
        ["user"] = new Refused(),
        ["users"] = new Refused(),
        ["invoice"] = new OwnKey("number", "String!", rows => rows.Invoice.Number, () => "T-INV-" + TestRows.Unique()),
        ["invoicesByContract"] = new OwnKey("contractNumber", "String!", rows => rows.Customer.ContractNumber, () => "T-" + TestRows.Unique()),
        ["billingHistory"] = ByMsisdn,
        ["invoices"] = new OwnRows((db, id) => db.Invoices.CountAsync(i => i.CustomerId == id)),
        ["payments"] = new OwnRows((db, id) => db.Payments.CountAsync(p => p.Invoice.CustomerId == id)),
        ["coupon"] = new OwnKey("code", "String!", rows => rows.Coupon.Code, () => "T-CUP-" + TestRows.Unique()),
        ["coupons"] = new OwnRows((db, id) => db.Coupons.CountAsync(c => c.Invoice.CustomerId == id)),
        ["notification"] = new OwnKey("id", "Int!", rows => rows.Notification.Id, () => 2_000_000_000),
        ["notifications"] = new OwnRows((db, id) => db.Notifications.CountAsync(n => n.User.CustomerId == id)),
        ["transactions"] = new OwnRows((db, id) => db.Transactions.CountAsync(t => t.CustomerId == id)),
        ["product"] = new CatalogueKey("id", db => db.Products.Select(p => p.Id).FirstAsync()),
        ["products"] = new EveryRow(db => db.Products.CountAsync()),
        ["productsPage"] = new EveryRow(db => db.Products.CountAsync()),
        ["inventory"] = new CatalogueKey("productId", db => db.Products.Select(p => p.Id).FirstAsync()),
        ["inventories"] = new Refused(),
    };

    public static TheoryData<string> Fields => [.. Table.Keys];

    [Fact]
    public void TheTableNamesEveryRootQueryFieldOfTheRunningSchema()
    {
        var served = RootFieldExpectations.RootFields(api, subscriptions: false).Where(f => f.Operation == "query").Select(f => f.Field.Name).ToList();

        Assert.Empty(served.Except(Table.Keys));
        Assert.Empty(Table.Keys.Except(served));
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task ACustomerReachesOnlyTheirOwnRowsThroughEachRootField(string field)
    {
        var mine = await OwnedRows.ArrangeAsync(api);
        var theirs = await OwnedRows.ArrangeAsync(api);
        var client = api.CreateClient(mine.Customer.Id);
        await using var db = api.CreateDbContext();

        switch (Table[field])
        {
            case OwnRows own:
                var expected = await own.Count(db, mine.Customer.Id);
                Assert.True(expected > 0, $"{field}: the arrangement gave the caller no row");
                Assert.True(await own.Count(db, theirs.Customer.Id) > 0, $"{field}: nobody else has a row to leak");
                Assert.Equal(expected, await TotalCountAsync(client, field));
                break;
            case EveryRow every:
                Assert.Equal(await every.Count(db), await TotalCountAsync(client, field));
                break;
            case OwnKey key:
                await AssertLookupAsync(client, field, key, mine, theirs);
                break;
            case CatalogueKey catalogue:
                var found = await client.QueryDataAsync($"query($key: Int!) {{ {field}({catalogue.Argument}: $key) {{ __typename }} }}",
                    new { key = await catalogue.AnyKey(db) });
                Assert.NotEqual(JsonValueKind.Null, found.GetProperty(field).ValueKind);
                break;
            case Refused:
                var schemaField = RootFieldExpectations.RootFields(api, subscriptions: false).Single(f => f.Operation == "query" && f.Field.Name == field).Field;
                var (_, body) = await AuthErrors.PostAsync(client, RootFieldExpectations.Document("query", schemaField));
                Assert.Contains("FORBIDDEN", AuthErrors.Codes(body));
                break;
        }
    }

    private static async Task<int> TotalCountAsync(HttpClient client, string field) =>
        (await client.QueryDataAsync($"{{ {field} {{ totalCount }} }}")).GetProperty(field).GetProperty("totalCount").GetInt32();

    private static async Task AssertLookupAsync(HttpClient client, string field, OwnKey lookup, OwnedRows mine, OwnedRows theirs)
    {
        var document = $"query($key: {lookup.Type}) {{ {field}({lookup.Argument}: $key) {{ __typename }} }}";
        var own = await client.QueryDataAsync(document, new { key = lookup.Key(mine) });
        Assert.NotEqual(JsonValueKind.Null, own.GetProperty(field).ValueKind);

        var unknownKey = lookup.Unknown();
        var unknown = await client.PostGraphQLAsync(document, new { key = unknownKey });
        var other = await client.PostGraphQLAsync(document, new { key = lookup.Key(theirs) });

        Assert.Equal(JsonValueKind.Null, unknown.GetProperty("data").GetProperty(field).ValueKind);
        Assert.Equal(WithoutKey(unknown, unknownKey), WithoutKey(other, lookup.Key(theirs)));
    }

    /// <summary>The response with the key taken out of its error messages, which may name it ("Invoice X not found").</summary>
    private static string WithoutKey(JsonElement response, object key)
    {
        var node = JsonNode.Parse(response.GetRawText())!;
        foreach (var error in node["errors"]?.AsArray() ?? [])
            if (error?["message"] is JsonValue message)
                error["message"] = message.GetValue<string>().Replace(key.ToString()!, "<key>", StringComparison.Ordinal);
        return node.ToJsonString();
    }
}

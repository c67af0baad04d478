using System.Reflection;
using System.Text.Json;
using TelcoX.Client.Tests.Infrastructure;
using TelcoX.ClientGenerator;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.Client.Tests.Generator;

/// <summary>The generated C# compiles and has the contract's names and types; JSON goes in and out as the API speaks it.</summary>
public sealed class GeneratedTypeTests
{
    private const string GetAccount = """
        query GetAccount($id: ID!) {
          account(id: $id) { id owner balance openedAt usedBytes kind tags }
          grid: matrix
          search(text: "a") {
            ... on Account { balance }
            ... on Person { name }
          }
          node(id: $id) { id ... on Person { name } }
        }
        """;

    private const string ListAccounts = """
        query ListAccounts($filter: AccountFilter, $kinds: [Kind!] = [PREPAID], $first: Int!) {
          accounts(filter: $filter, kinds: $kinds, first: $first) { ...AccountParts }
        }
        """;

    private const string AccountParts = "fragment AccountParts on Account { id balance }";

    private const string OpenAccount = """
        mutation OpenAccount($input: OpenAccountInput!) {
          openAccount(input: $input) {
            account { id }
            errors { ... on Error { message code } ... on ValidationError { field } }
          }
        }
        """;

    private const string OnBalance = "subscription OnBalance($id: ID!) { onBalance(id: $id) { balance } }";

    private static readonly Lazy<GeneratedClient> Generated = new(() => SampleSchema.Generate(
        ("/ops/GetAccount.graphql", GetAccount), ("/ops/ListAccounts.graphql", ListAccounts), ("/ops/AccountParts.graphql", AccountParts),
        ("/ops/OpenAccount.graphql", OpenAccount), ("/ops/OnBalance.graphql", OnBalance)));

    private static readonly Lazy<Assembly> Compiled = new(() => CSharpCompiler.Compile(Generated.Value.CSharpFiles.Values));

    private static Type Type(string name) => Compiled.Value.GetType($"{SampleSchema.Namespace}.{name}", throwOnError: true)!;

    /// <summary>Every generated file, in name order: a change to the generator shows as a diff to review.</summary>
    [Fact]
    public void TheGeneratedCodeMatchesItsSnapshot() =>
        Snapshots.Match(string.Join('\n', Generated.Value.CSharpFiles.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"// {f.Key}\n{f.Value}")));

    [Fact]
    public void ResultRecordsAreNamedByOperationAndPathWithTheContractsScalars()
    {
        var account = Type("GetAccount_Account");

        Assert.Equal(Type("GetAccount_Account"), Property("GetAccountResult", "Account").PropertyType);
        Assert.Equal(typeof(string), account.GetProperty("Id")!.PropertyType);
        Assert.Equal(typeof(decimal), account.GetProperty("Balance")!.PropertyType);
        Assert.Equal(typeof(DateTimeOffset), account.GetProperty("OpenedAt")!.PropertyType);
        Assert.Equal(typeof(long), account.GetProperty("UsedBytes")!.PropertyType);
        Assert.Equal(Type("Kind"), account.GetProperty("Kind")!.PropertyType);
        Assert.Equal(["Prepaid", "Postpaid", "CorporatePlan"], Enum.GetNames(Type("Kind")));
        Assert.Equal(typeof(IReadOnlyList<string>), account.GetProperty("Tags")!.PropertyType);
        Assert.Equal(typeof(IReadOnlyList<IReadOnlyList<int>>), Property("GetAccountResult", "Grid").PropertyType);
    }

    [Fact]
    public void NullabilityFollowsTheSchemaAndTypeConditions()
    {
        Assert.Equal(NullabilityState.Nullable, Nullability("GetAccountResult", "Account"));
        Assert.Equal(NullabilityState.Nullable, Nullability("GetAccount_Account", "Owner"));
        Assert.Equal(NullabilityState.NotNull, Nullability("GetAccount_Account", "Id"));
        Assert.Equal(NullabilityState.Nullable, Nullability("GetAccount_Account", "Tags"));
        Assert.Equal(NullabilityState.NotNull, Nullability("GetAccountResult", "Grid"));
        // Fields under a type condition exist only for that type.
        Assert.Equal(typeof(decimal?), Property("GetAccount_Search", "Balance").PropertyType);
        Assert.Equal(NullabilityState.Nullable, Nullability("GetAccount_Search", "Name"));
        Assert.Equal(NullabilityState.NotNull, Nullability("GetAccount_Node", "Id"));
        Assert.Equal(NullabilityState.NotNull, Nullability("GetAccount_Search", "Typename"));
        Assert.Equal(NullabilityState.NotNull, Nullability("GetAccount_Node", "Typename"));
    }

    [Fact]
    public void DataDeserializesWithDecimalsLongsDatesAndEnumsExact()
    {
        var json = """
            {"account":{"id":"7","owner":null,"balance":12.345678901234567890123,"openedAt":"2026-01-02T03:04:05Z",
             "usedBytes":9007199254740993,"kind":"CORPORATE_PLAN","tags":["a",null]},
             "grid":[[1,2],null],
             "search":[{"__typename":"Person","name":"Ana"},{"__typename":"Account","balance":0.1}],
             "node":null}
            """;
        var result = Convert(Type("GetAccountResult"), json);

        Assert.True((bool)result.IsSuccess, string.Join("; ", (IEnumerable<GraphQLClientError>)result.Errors));
        dynamic data = result.Data!;
        Assert.Equal(12.345678901234567890123m, (decimal)data.Account.Balance);
        Assert.Equal(9007199254740993L, (long)data.Account.UsedBytes);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), (DateTimeOffset)data.Account.OpenedAt);
        Assert.Equal("CorporatePlan", data.Account.Kind.ToString());
        Assert.Equal("Ana", (string)data.Search[0].Name);
        Assert.Equal(0.1m, (decimal?)data.Search[1].Balance);
        Assert.Null((object?)data.Search[1].Name);
    }

    [Fact]
    public void InputsAreSentWithGraphQLNamesAndWithoutNulls()
    {
        var range = Create("DateRange", ("From", new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero)));
        var kinds = Array.CreateInstance(Type("Kind"), 1);
        kinds.SetValue(Enum.Parse(Type("Kind"), "CorporatePlan"), 0);
        var filter = Create("AccountFilter", ("MinBalance", 33.60m), ("Kinds", kinds), ("OpenedIn", range));

        var json = JsonSerializer.Serialize(filter, GraphQLJson.Options);

        Assert.Equal("""{"minBalance":33.60,"kinds":["CORPORATE_PLAN"],"openedIn":{"from":"2026-05-01T00:00:00+00:00"}}""", json);
    }

    [Fact]
    public async Task VariablesKeepDeclarationOrderAndNullOnesAreLeftOutForTheServersDefault()
    {
        var transport = new RecordingTransport("""{"accounts":[]}""");
        var client = Activator.CreateInstance(Type("TelcoXClient"), transport)!;
        var method = Type("TelcoXClient").GetMethod("ListAccountsAsync")!;

        Assert.Equal(["filter", "kinds", "first", "cancellationToken"], method.GetParameters().Select(p => p.Name));
        // $filter and $kinds come before the required $first, so only the token may be left out.
        Assert.Equal([false, false, false, true], method.GetParameters().Select(p => p.HasDefaultValue));
        var task = (Task)method.Invoke(client, [null, null, 20, CancellationToken.None])!;
        await task;

        var request = Assert.Single(transport.Requests);
        Assert.Equal("ListAccounts", request.Operation.Name);
        Assert.Equal(["first"], request.Variables.Keys);
        Assert.Equal(typeof(Task<>).MakeGenericType(typeof(OperationResult<>).MakeGenericType(Type("ListAccountsResult"))), method.ReturnType);
    }

    [Fact]
    public void SubscriptionsAreAsyncStreamsAndMutationsTasks()
    {
        var client = Type("TelcoXClient");

        Assert.Equal(typeof(IAsyncEnumerable<>).MakeGenericType(typeof(OperationResult<>).MakeGenericType(Type("OnBalanceResult"))),
            client.GetMethod("OnBalance")!.ReturnType);
        Assert.Equal(typeof(Task<>).MakeGenericType(typeof(OperationResult<>).MakeGenericType(Type("OpenAccountResult"))),
            client.GetMethod("OpenAccountAsync")!.ReturnType);
        Assert.Equal(NullabilityState.Nullable, Nullability("OpenAccount_OpenAccount_Errors", "Field"));
        Assert.Equal(NullabilityState.NotNull, Nullability("OpenAccount_OpenAccount_Errors", "Typename"));
        Assert.Equal(NullabilityState.Nullable, Nullability("OpenAccount_OpenAccount_Errors", "Message"));
    }

    private static PropertyInfo Property(string type, string name) =>
        Type(type).GetProperty(name) ?? throw new Xunit.Sdk.XunitException($"{type} has no property {name}.");

    private static NullabilityState Nullability(string type, string property) =>
        new NullabilityInfoContext().Create(Property(type, property)).ReadState;

    private static object Create(string type, params (string Property, object Value)[] values)
    {
        var instance = Activator.CreateInstance(Type(type))!;
        foreach (var (property, value) in values)
            Type(type).GetProperty(property)!.SetValue(instance, value);
        return instance;
    }

    private static dynamic Convert(Type resultType, string json)
    {
        var convert = typeof(GraphQLJson).GetMethod(nameof(GraphQLJson.Convert))!.MakeGenericMethod(resultType);
        var raw = new OperationResult<JsonElement>(JsonDocument.Parse(json).RootElement.Clone(), []);
        return convert.Invoke(null, [raw])!;
    }
}

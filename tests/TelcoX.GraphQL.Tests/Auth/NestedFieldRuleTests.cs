using TelcoX.GraphQL.Auth.Authorization;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Auth.RootFieldExpectations;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>
/// Every nested field with a rule of its own (AuthorizationTable.NestedFields), asked by each kind of
/// caller: the answer is checked, not just that a rule exists. Each field has a document that reaches
/// it from a root field the caller may use, and a control document that stops just short of it.
/// </summary>
public sealed class NestedFieldRuleTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    private sealed record Expectation(Audience Audience, string Document, string Control, string Visible);

    /// <summary>Written from the issue, independently of AuthorizationTable; the arranged customer's rows hold <c>Visible</c>.</summary>
    private static readonly IReadOnlyDictionary<string, Expectation> Expected = new Dictionary<string, Expectation>
    {
        ["Customer.channels"] = new(Audience.Staff,
            "query($customer: Int!) { customer(id: $customer) { name channels { content } } }",
            "query($customer: Int!) { customer(id: $customer) { name } }",
            "Test message"),
    };

    public static TheoryData<string, Role> Cases()
    {
        var cases = new TheoryData<string, Role>();
        foreach (var field in Expected.Keys)
            foreach (var role in new[] { Role.Anonymous, Role.Customer, Role.Agent, Role.Admin })
                cases.Add(field, role);
        return cases;
    }

    [Fact]
    public void EveryFieldWithItsOwnRuleHasAnExpectation() =>
        Assert.Equal(AuthorizationTable.NestedFields.Keys.Order(), Expected.Keys.Order());

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EachNestedRuleAnswersEachRoleAsExpected(string field, Role role)
    {
        var rows = await OwnedRows.ArrangeAsync(api);
        var expected = Expected[field];
        // The CUSTOMER asks about their own customer: only the nested rule can refuse them.
        var client = role == Role.Customer ? api.CreateClient(rows.Customer.Id) : api.CreateClient(role);
        var variables = new { customer = rows.Customer.Id };

        var (_, control) = await AuthErrors.PostAsync(client, expected.Control, variables);
        var (_, body) = await AuthErrors.PostAsync(client, expected.Document, variables);

        var refusal = role == Role.Anonymous ? "UNAUTHENTICATED" : "FORBIDDEN";
        if (role != Role.Anonymous)
            Assert.Empty(AuthErrors.Codes(control));
        if (Allowed(role, expected.Audience))
        {
            Assert.Empty(AuthErrors.Codes(body));
            Assert.Contains(expected.Visible, body.GetRawText());
        }
        else
        {
            Assert.Contains(refusal, AuthErrors.Codes(body));
            Assert.DoesNotContain(expected.Visible, body.GetRawText());
        }
    }
}

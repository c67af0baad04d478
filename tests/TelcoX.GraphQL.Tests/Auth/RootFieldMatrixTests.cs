using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Auth.RootFieldExpectations;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>Every root field, asked over HTTP by each kind of caller: allowed or refused as the issue says.</summary>
public sealed class RootFieldMatrixTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Theory]
    [MemberData(nameof(Roles), MemberType = typeof(RootFieldExpectations))]
    public async Task EachRootFieldIsAllowedOrRefusedForTheRole(Role role)
    {
        var client = api.CreateClient(role);
        var mismatches = new List<string>();
        foreach (var (operation, field) in RootFields(api, subscriptions: false))
        {
            var (_, body) = await AuthErrors.PostAsync(client, Document(operation, field));
            if (Mismatch(role, operation, field.Name, [.. AuthErrors.Codes(body)]) is { } mismatch)
                mismatches.Add($"{mismatch} {body}");
        }
        Assert.Empty(mismatches);
    }

    [Fact]
    public void EveryRootFieldHasAnExpectationAndEveryExpectationAField()
    {
        var fields = RootFields(api, subscriptions: true);
        var missing = fields.Where(f => For(f.Operation, f.Field.Name) is null).Select(f => $"{f.Operation} {f.Field.Name}");
        var stale = Query.Keys.Select(k => $"query {k}").Concat(Mutation.Keys.Select(k => $"mutation {k}"))
            .Concat(Subscription.Keys.Select(k => $"subscription {k}"))
            .Except(fields.Select(f => $"{f.Operation} {f.Field.Name}"));

        Assert.Empty(missing);
        Assert.Empty(stale);
    }
}

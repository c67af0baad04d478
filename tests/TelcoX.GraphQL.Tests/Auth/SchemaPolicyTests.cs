using System.Reflection;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Auth.Authorization;
using TelcoX.GraphQL.Mutations;
using TelcoX.GraphQL.Schema;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>Deny by default, proven: every field of every object and interface type carries a rule.</summary>
public sealed class SchemaPolicyTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public void EveryFieldOfEveryTypeHasAnAuthorizationRule()
    {
        var schema = api.Services.GetRequiredService<TelcoSchema>();
        schema.Initialize();

        var fields = schema.AllTypes.OfType<IComplexGraphType>().Where(type => type is IObjectGraphType or IInterfaceGraphType)
            .Where(type => !type.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(type => type.Fields.Select(field => (Name: $"{type.Name}.{field.Name}", Field: field)))
            .ToList();

        Assert.True(fields.Count > 300, $"only {fields.Count} fields walked");
        Assert.Empty(fields.Where(f => !SchemaAuthorization.HasRule(f.Field)).Select(f => f.Name));
    }

    [Fact]
    public void EveryRootFieldIsNamedInThePolicyTableOrItsMutationFile()
    {
        var schema = api.Services.GetRequiredService<TelcoSchema>();
        schema.Initialize();
        // A mutation's policy sits on its class, beside its rule.
        var declared = MutationCatalog.All.Where(m => m.GetType().GetCustomAttribute<AuthorizeAttribute>()?.Policy is not null).Select(m => m.Name);

        Assert.Empty(schema.Query.Fields.Select(f => f.Name).Except(AuthorizationTable.Query.Keys));
        Assert.Empty(schema.Mutation!.Fields.Select(f => f.Name).Except(declared));
        Assert.Empty(schema.Subscription!.Fields.Select(f => f.Name).Except(AuthorizationTable.Subscription.Keys));
    }

    [Fact]
    public void AFieldWithoutAnEntryGetsNoRule() =>
        Assert.Null(SchemaAuthorization.PolicyFor("Query", "aFieldNobodyListed"));
}

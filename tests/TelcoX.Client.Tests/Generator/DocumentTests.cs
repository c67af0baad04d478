using System.Security.Cryptography;
using System.Text;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.Client.Tests.Generator;

/// <summary>The document each operation sends: its fragments, __typename where the records need it, and its id.</summary>
public sealed class DocumentTests
{
    [Fact]
    public void TheDocumentCarriesItsFragmentsAndTypenameOnAbstractSelections()
    {
        var operation = Assert.Single(SampleSchema.Generate(
            ("/ops/Find.graphql", "query Find {\n  search(text: \"x\") { ...Hit }\n  node(id: \"1\") { id }\n  account(id: \"1\") { id }\n}"),
            ("/ops/Hit.graphql", "fragment Hit on SearchHit { ... on Person { name } }"),
            ("/ops/Unused.graphql", "fragment Unused on Account { id }")).Operations);

        Snapshots.Match(operation.Document);
    }

    [Fact]
    public void ThePersistedIdIsTheSha256OfTheExactText()
    {
        var operation = Assert.Single(SampleSchema.Generate(("/ops/Grid.graphql", "query Grid { matrix }")).Operations);

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(operation.Document)));
        Assert.Equal("sha256:" + hash, operation.DocumentId);
    }
}

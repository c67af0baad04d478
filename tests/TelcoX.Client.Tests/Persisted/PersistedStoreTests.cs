using TelcoX.Client.Tests.Infrastructure;
using AdminOperations = TelcoX.Admin.GraphQL.TelcoXOperations;

namespace TelcoX.Client.Tests.Persisted;

/// <summary>The API's committed trusted-document store holds exactly the admin's operations, byte for byte.</summary>
public sealed class PersistedStoreTests
{
    private static readonly string Store = Repository.Path("src", "TelcoX.GraphQL", "persisted", "admin");

    [Fact]
    public void TheCommittedStoreMatchesTheAdminsOperations()
    {
        var committed = Directory.Exists(Store)
            ? Directory.EnumerateFiles(Store, "*.graphql").ToDictionary(path => Path.GetFileNameWithoutExtension(path)!, File.ReadAllText)
            : [];

        var missing = AdminOperations.All.Where(o => !committed.ContainsKey(o.Name)).Select(o => o.Name).ToList();
        var differing = AdminOperations.All.Where(o => committed.TryGetValue(o.Name, out var text) && text != o.Document).Select(o => o.Name).ToList();
        var stale = committed.Keys.Except(AdminOperations.All.Select(o => o.Name)).ToList();

        Assert.True(missing.Count + differing.Count + stale.Count == 0,
            "src/TelcoX.GraphQL/persisted/admin/ is out of date with the admin's GraphQL operations"
            + $" (missing: {Names(missing)}; different: {Names(differing)}; no longer in the admin: {Names(stale)})."
            + " Run scripts/export-persisted.sh and commit the result.");
    }

    [Fact]
    public void EveryAdminOperationIdIsTheHashOfItsCommittedFile()
    {
        Assert.NotEmpty(AdminOperations.All);
        foreach (var operation in AdminOperations.All)
        {
            var path = Path.Combine(Store, operation.Name + ".graphql");
            Assert.True(File.Exists(path), $"{operation.Name} is not in the store; run scripts/export-persisted.sh.");
            Assert.Equal(operation.DocumentId, "sha256:" + TelcoX.GraphQL.Server.PersistedDocumentStore.Hash(File.ReadAllText(path)));
        }
    }

    private static string Names(List<string> names) => names.Count == 0 ? "none" : string.Join(", ", names);
}

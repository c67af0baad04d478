using Microsoft.AspNetCore.Hosting;
using TelcoX.GraphQL.Server;

namespace TelcoX.GraphQL.Tests.Realtime;

/// <summary>
/// The realtime API with GraphQL:OnlyPersisted=true over a store of this test's own: the inventory
/// subscription and mutation of <see cref="RealtimeDocuments"/>, so the tests do not depend on the admin's operations.
/// </summary>
public sealed class TrustedRealtimeApiFactory : RealtimeApiFactory
{
    // In the test output folder: the same two files every run, nothing to clean up.
    private readonly string folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "persisted-realtime")).FullName;

    public TrustedRealtimeApiFactory()
    {
        File.WriteAllText(Path.Combine(folder, "OnInventoryChanged.graphql"), RealtimeDocuments.OnInventoryChanged);
        File.WriteAllText(Path.Combine(folder, "SetInventory.graphql"), RealtimeDocuments.SetInventory);
    }

    public static string IdOf(string document) => "sha256:" + PersistedDocumentStore.Hash(document);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("GraphQL:PersistedFolder", folder);
        builder.UseSetting(PersistedDocumentStore.OnlyPersistedSetting, "true");
    }
}

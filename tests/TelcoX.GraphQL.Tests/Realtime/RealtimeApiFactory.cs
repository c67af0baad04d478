using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Server.Subscriptions;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Realtime;

/// <summary>The in-memory API, and what realtime holds open.</summary>
public class RealtimeApiFactory : TelcoApiFactory
{
    public RealtimeConnections Connections => Services.GetRequiredService<RealtimeConnections>();
    internal EventRouter Router => Services.GetRequiredService<EventRouter>();

    /// <summary>A product of the demo data, for inventory subscriptions.</summary>
    public int AnyProductId()
    {
        using var db = CreateDbContext();
        return db.Products.OrderBy(p => p.Id).Select(p => p.Id).First();
    }

    /// <summary>Waits until every connection, operation, shared execution and bus subscription is gone.</summary>
    public Task AllReleasedAsync(int timeoutMs = 5_000) => Events.EventRecorder<object>.WaitUntilAsync(
        () => Connections.Connections == 0 && Connections.Operations == 0 && Connections.SharedStreams == 0
            && Connections.StreamSubscribers == 0 && Router.SubscriptionCount == 0,
        $"realtime to release everything ({Connections.Connections} connections, {Connections.Operations} operations, " +
        $"{Connections.SharedStreams} shared executions with {Connections.StreamSubscribers} subscribers, {Router.SubscriptionCount} bus subscriptions)", timeoutMs);
}

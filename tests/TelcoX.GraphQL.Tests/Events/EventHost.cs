using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TelcoX.GraphQL.Events;

namespace TelcoX.GraphQL.Tests.Events;

/// <summary>
/// One API instance's event plumbing in a service provider of its own, as a separate process would
/// have, with its log kept for assertions.
/// </summary>
public sealed class EventHost : IAsyncDisposable
{
    private readonly IHost host;

    private EventHost(IHost host, LogRecorder log)
    {
        this.host = host;
        Log = log;
    }

    public EventBus Bus => host.Services.GetRequiredService<EventBus>();
    internal EventRouter Router => host.Services.GetRequiredService<EventRouter>();
    public LogRecorder Log { get; }

    public static async Task<EventHost> StartAsync(int queueCapacity = 1_000, string? redis = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Events:SubscriberQueueCapacity"] = queueCapacity.ToString(),
            ["Redis:Connection"] = redis,
        });
        var log = new LogRecorder();
        builder.Services.AddLogging(logging => logging.AddProvider(log));
        builder.AddTelcoEvents();
        var events = new EventHost(builder.Build(), log);
        await events.host.StartAsync();
        return events;
    }

    public Task StopAsync() => host.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}

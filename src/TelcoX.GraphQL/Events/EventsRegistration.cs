using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace TelcoX.GraphQL.Events;

public static class EventsRegistration
{
    /// <summary>
    /// Registers <see cref="EventBus"/>: in-memory by default, and over Redis pub/sub between
    /// instances when "Redis:Connection" is set.
    /// </summary>
    public static TBuilder AddTelcoEvents<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var services = builder.Services;
        services.Configure<EventOptions>(builder.Configuration.GetSection(EventOptions.SectionName));
        services.Configure<RedisOptions>(builder.Configuration.GetSection(RedisOptions.SectionName));
        services.AddSingleton<EventRouter>();

        if (string.IsNullOrWhiteSpace(builder.Configuration[$"{RedisOptions.SectionName}:Connection"]))
        {
            services.AddSingleton(sp => new EventBus(sp.GetRequiredService<EventRouter>(), null));
            return builder;
        }

        services.AddSingleton<IConnectionMultiplexer>(sp => ConnectionMultiplexer.Connect(RedisConfiguration(sp)));
        services.AddSingleton<RedisEventBackplane>();
        services.AddHostedService(sp => sp.GetRequiredService<RedisEventBackplane>());
        services.AddSingleton(sp => new EventBus(sp.GetRequiredService<EventRouter>(), sp.GetRequiredService<RedisEventBackplane>()));
        return builder;
    }

    private static ConfigurationOptions RedisConfiguration(IServiceProvider services)
    {
        var configuration = ConfigurationOptions.Parse(services.GetRequiredService<IOptions<RedisOptions>>().Value.Connection!);
        // Start and keep running without Redis; the multiplexer reconnects in the background.
        configuration.AbortOnConnectFail = false;
        // While disconnected, fail publishes at once instead of queueing stale events for later.
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        return configuration;
    }
}

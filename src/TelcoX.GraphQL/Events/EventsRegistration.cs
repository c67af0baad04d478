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

        // The one multiplexer of this process; a feature that needs Redis later takes it from here.
        services.AddSingleton<RedisConnection>();
        services.AddSingleton<RedisEventBackplane>();
        services.AddHostedService(sp => sp.GetRequiredService<RedisEventBackplane>());
        services.AddSingleton(sp => new EventBus(sp.GetRequiredService<EventRouter>(), sp.GetRequiredService<RedisEventBackplane>()));
        return builder;
    }
}

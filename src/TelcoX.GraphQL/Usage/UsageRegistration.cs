namespace TelcoX.GraphQL.Usage;

public static class UsageRegistration
{
    /// <summary>The group-commit writer for usage events: one per process, started and stopped with the host.</summary>
    public static IServiceCollection AddTelcoUsageRecording(this IServiceCollection services)
    {
        services.AddSingleton<UsageEventBatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<UsageEventBatcher>());
        return services;
    }
}

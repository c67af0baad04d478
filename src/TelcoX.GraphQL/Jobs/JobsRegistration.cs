namespace TelcoX.GraphQL.Jobs;

public static class JobsRegistration
{
    /// <summary>The runner, its metrics, and every scheduled job; "Jobs" in the configuration tunes or switches them off.</summary>
    public static WebApplicationBuilder AddTelcoJobs(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<JobsOptions>(builder.Configuration.GetSection(JobsOptions.SectionName));
        services.AddSingleton<JobMetrics>();
        services.AddSingleton<JobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<JobRunner>());

        services.AddScheduledJob<OverdueInvoicesJob>();
        services.AddScheduledJob<ExpiredCouponsJob>();
        services.AddScheduledJob<DataPlanRenewalJob>();
        services.AddScheduledJob<MonthlyBillingJob>();
        return builder;
    }

    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services) where TJob : ScheduledJob =>
        services.AddSingleton<ScheduledJob, TJob>();
}

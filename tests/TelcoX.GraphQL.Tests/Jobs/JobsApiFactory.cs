using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TelcoX.GraphQL.Auth;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Jobs;
using TelcoX.GraphQL.Tests.Infrastructure;
using TelcoX.GraphQL.Users;

namespace TelcoX.GraphQL.Tests.Jobs;

/// <summary>
/// The API with its scheduled jobs switched on, on a clock the test moves. The runner's own tick is
/// <see cref="QuietTick"/> unless a setting says otherwise, so tests drive it with RunDueJobsAsync.
/// Given <paramref name="shared"/>, a second instance over that database, as two replicas run.
/// </summary>
public sealed class JobsApiFactory(FakeTimeProvider clock, TestDatabase? shared = null, IReadOnlyDictionary<string, string>? settings = null)
    : TelcoApiFactory
{
    public const string QuietTick = "20.00:00:00";

    public FakeTimeProvider Clock => clock;
    public DateTime Now => clock.GetUtcNow().UtcDateTime;
    public JobRunner Runner => Services.GetRequiredService<JobRunner>();
    public EventBus Bus => Services.GetRequiredService<EventBus>();
    public TJob Job<TJob>() where TJob : ScheduledJob => Services.GetServices<ScheduledJob>().OfType<TJob>().Single();

    /// <summary>A fake clock at a whole second of the real now (MariaDB keeps microseconds, the clock ticks).</summary>
    public static FakeTimeProvider NewClock()
    {
        var now = DateTimeOffset.UtcNow;
        return new FakeTimeProvider(new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jobs:Enabled", "true");
        builder.UseSetting("Jobs:Tick", QuietTick);
        // The sweeps' tests count notifications: the month's jobs run only where a test calls them (MonthlyJobsTests).
        builder.UseSetting("Jobs:MonthlyBilling:Enabled", "false");
        builder.UseSetting("Jobs:DataPlanRenewal:Enabled", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            builder.UseSetting(key, value);
        if (shared is not null)
            builder.UseSetting("ConnectionStrings:TelcoX", shared.ConnectionString);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(clock));
    }

    /// <summary>A client signed in as <paramref name="user"/>, with a token from the current fake time.</summary>
    public HttpClient ClientFor(User user)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", Services.GetRequiredService<TokenIssuer>().Issue(user).Token);
        return client;
    }
}

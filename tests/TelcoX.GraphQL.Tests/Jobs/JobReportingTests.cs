using System.Diagnostics.Metrics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Jobs;
using TelcoX.GraphQL.Tests.Billing;
using TelcoX.GraphQL.Tests.Events;

namespace TelcoX.GraphQL.Tests.Jobs;

/// <summary>What an operator sees of the jobs: /health details, metrics, and runs that need no one to call them.</summary>
public sealed class JobReportingTests
{
    [Fact]
    public async Task HealthShowsEachJobsLastRunAndMetricsCountItsRunsAndItems()
    {
        await using var api = new JobsApiFactory(JobsApiFactory.NewClock());
        await api.InitializeAsync();
        using var metrics = new JobMeasurements(api.Services.GetRequiredService<IMeterFactory>());
        await BillingRows.ArrangeAsync(api, dueDate: api.Now.AddHours(1));

        api.Clock.Advance(TimeSpan.FromHours(2));
        await api.Runner.RunDueJobsAsync(CancellationToken.None);
        var ranAt = api.Now;

        var jobs = await JobsOnHealthAsync(api);
        var overdue = jobs.GetProperty("OverdueInvoices");
        Assert.Equal("Succeeded", overdue.GetProperty("outcome").GetString());
        Assert.Equal(1, overdue.GetProperty("items").GetInt32());
        Assert.Equal("Invoices now overdue: 1; notifications sent: 1.",
            overdue.GetProperty("summary").GetString());
        Assert.Equal(ranAt, overdue.GetProperty("lastFinishedAt").GetDateTime().ToUniversalTime());
        Assert.Equal(api.Runner.Holder, overdue.GetProperty("ranOn").GetString());
        Assert.Equal(JsonValueKind.Null, overdue.GetProperty("runningOn").ValueKind);
        Assert.Equal(ranAt.AddSeconds(30), overdue.GetProperty("nextRunAfter").GetDateTime().ToUniversalTime());
        Assert.Equal("Succeeded", jobs.GetProperty("ExpiredCoupons").GetProperty("outcome").GetString());

        Assert.Equal(1, metrics.Sum(JobMetrics.RunsName, "OverdueInvoices", "success"));
        Assert.Equal(1, metrics.Sum(JobMetrics.ItemsName, "OverdueInvoices"));
        Assert.Equal(0, metrics.Sum(JobMetrics.ItemsName, "ExpiredCoupons"));
        Assert.Equal((ranAt - DateTime.UnixEpoch).TotalSeconds, metrics.LastRun("OverdueInvoices"));
    }

    [Fact]
    public async Task TheRunnerTicksOnTheAppClockAndAnnouncesWithoutBeingCalled()
    {
        // A tick of ten minutes comes only from the fake clock: no test waits that long in real time.
        await using var api = new JobsApiFactory(JobsApiFactory.NewClock(), settings: new Dictionary<string, string> { ["Jobs:Tick"] = "00:10:00" });
        await api.InitializeAsync();
        var rows = await BillingRows.ArrangeAsync(api, dueDate: api.Now.AddHours(1));
        var changes = new EventRecorder<InvoiceStatusChanged>();
        using var _ = api.Bus.Subscribe<InvoiceStatusChanged>(rows.Customer.ContractNumber).Subscribe(changes);

        api.Clock.Advance(TimeSpan.FromHours(2));

        await changes.WaitForCountAsync(1, timeoutMs: 30_000);
        Assert.Equal("OVERDUE", Assert.Single(changes.Events).Status);
        // The event goes out before the run is recorded: /health shows it a moment later.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(await JobsOnHealthAsync(api)).TryGetProperty("OverdueInvoices", out var job) || job.GetProperty("lastFinishedAt").ValueKind == JsonValueKind.Null)
        {
            Assert.True(DateTime.UtcNow < deadline, "Waited 30 s for the run on /health.");
            await Task.Delay(50);
        }
    }

    private static async Task<JsonElement> JobsOnHealthAsync(JobsApiFactory api)
    {
        using var response = await api.CreateClient().GetAsync("/health");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        return body.GetProperty("jobs");
    }
}

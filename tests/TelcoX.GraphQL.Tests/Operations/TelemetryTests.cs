using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Observability;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Operations;

public sealed class TelemetryTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task AGraphQLRequestProducesASpanNamedAfterItsOperation()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == global::GraphQL.Telemetry.GraphQLTelemetryProvider.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        await api.CreateClient().PostGraphQLAsync("query TelemetryProbe { __typename }");
        await PostAnyAsync("query TelemetryBroken { noSuchField }"); // 400: fails validation

        var probe = Assert.Single(spans, span => span.DisplayName == "query TelemetryProbe");
        Assert.Equal("query", probe.GetTagItem("graphql.operation.type"));
        Assert.Equal("TelemetryProbe", probe.GetTagItem("graphql.operation.name"));
        Assert.Equal(0, probe.GetTagItem("graphql.errors.count"));
        Assert.Null(probe.GetTagItem("graphql.document"));
        var broken = Assert.Single(spans, span => (string?)span.GetTagItem("graphql.operation.name") == "TelemetryBroken");
        Assert.Equal(1, broken.GetTagItem("graphql.errors.count"));
    }

    [Fact]
    public async Task OperationsAreCountedAndTimedByTypeAndOutcome()
    {
        var meters = api.Services.GetRequiredService<IMeterFactory>();
        var measurements = new ConcurrentQueue<(string Instrument, string? Type, string? Outcome)>();
        using var listener = new MeterListener
        {
            // Only this application's meter: other test classes run their own servers in parallel.
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == OperationMetrics.MeterName && instrument.Meter.Scope == meters)
                    l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) => measurements.Enqueue(Describe(instrument, tags)));
        listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) => measurements.Enqueue(Describe(instrument, tags)));
        listener.Start();

        await api.CreateClient().PostGraphQLAsync("query MetricsProbe { __typename }");
        await PostAnyAsync("{ noSuchField }");

        Assert.Contains((OperationMetrics.OperationsName, "query", "success"), measurements);
        Assert.Contains((OperationMetrics.DurationName, "query", "success"), measurements);
        Assert.Contains((OperationMetrics.OperationsName, "query", "rejected"), measurements);
    }

    private async Task PostAnyAsync(string query)
    {
        using var response = await api.CreateClient().PostAsJsonAsync("/graphql", new { query });
    }

    private static (string, string?, string?) Describe(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        string? type = null, outcome = null;
        foreach (var tag in tags)
        {
            if (tag.Key == "graphql.operation.type") type = tag.Value as string;
            if (tag.Key == "outcome") outcome = tag.Value as string;
        }
        return (instrument.Name, type, outcome);
    }
}

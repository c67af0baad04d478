using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using TelcoX.GraphQL.Jobs;

namespace TelcoX.GraphQL.Tests.Jobs;

/// <summary>Listens to the job meter of one API instance only: other tests' hosts in this process have meters of the same name.</summary>
public sealed class JobMeasurements : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> measurements = new();

    public JobMeasurements(IMeterFactory meters)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == JobMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, meters))
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        listener.Start();
    }

    public long Sum(string instrument, string job, string? outcome = null) =>
        (long)measurements.Where(m => m.Instrument == instrument && Equals(m.Tags["job"], job)
            && (outcome is null || Equals(m.Tags["outcome"], outcome))).Sum(m => m.Value);

    public double? LastRun(string job)
    {
        listener.RecordObservableInstruments();
        return measurements.LastOrDefault(m => m.Instrument == JobMetrics.LastRunName && Equals(m.Tags["job"], job)).Value;
    }

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        measurements.Enqueue((instrument.Name, value, new Dictionary<string, object?>(tags.ToArray())));

    public void Dispose() => listener.Dispose();
}

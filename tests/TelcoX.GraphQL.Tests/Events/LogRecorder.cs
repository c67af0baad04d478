using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TelcoX.GraphQL.Tests.Events;

/// <summary>Keeps every log entry of warning level or above, with its exception, to assert an outage or a failure is reported.</summary>
public sealed class LogRecorder : ILoggerProvider, ILogger
{
    private readonly ConcurrentQueue<(LogLevel Level, string Message, Exception? Exception)> entries = new();

    public IReadOnlyList<(LogLevel Level, string Message, Exception? Exception)> Entries => [.. entries];

    public ILogger CreateLogger(string categoryName) => this;
    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
        Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel)) entries.Enqueue((logLevel, formatter(state, exception), exception));
    }

    public void Dispose() { }
}

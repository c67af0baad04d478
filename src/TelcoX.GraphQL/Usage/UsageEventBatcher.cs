using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Usage;

/// <summary>
/// Group commit for recordUsageEvent. Requests queue their events here; a writer takes everything
/// queued (up to <see cref="MaxBatch"/>) and applies it in one transaction (<see cref="UsageBatch"/>),
/// so a burst costs a handful of round trips and one commit instead of ~7 and a commit per event.
/// There is no wait for a batch to fill: while a batch is in flight the next accumulates. A batch
/// that fails twice is applied event by event, so one bad row cannot fail the others. Subscribers
/// hear of each counted event (its payload's events) after its commit, in its batch's order. Writers
/// never see a request's cancellation: an event once queued is applied whole or not at all, whoever
/// is still listening.
/// </summary>
public sealed class UsageEventBatcher(IDbContextFactory<TelcoDbContext> contexts, EventBus bus, TimeProvider clock, ILogger<UsageEventBatcher> logger)
    : BackgroundService
{
    public const int MaxBatch = 200;
    /// <summary>
    /// Two writers, so that one batch's round trips overlap the other's (three or four measured no
    /// better on bench P5). They lock plans in id order, so they do not deadlock each other; on a line they share, the second waits for the first to commit, and
    /// each publishes after its own commit (a push says only which line changed: readers re-read it).
    /// </summary>
    public const int Writers = 2;
    private const int BatchAttempts = 2;

    private readonly Channel<QueuedUsageEvent> queue = Channel.CreateUnbounded<QueuedUsageEvent>();

    /// <summary>Validates, queues and waits for the event's own payload. Validation errors are thrown before anything is queued.</summary>
    public async Task<RecordUsageEventPayload> RecordAsync(RecordUsageEventInput input, CancellationToken ct)
    {
        UsageRecording.Validate(input);
        var queued = new QueuedUsageEvent(input);
        if (!queue.Writer.TryWrite(queued))
            throw new InvalidOperationException("The server is shutting down; the usage event was not recorded.");
        return await queued.Completion.Task.WaitAsync(ct);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Writer.TryComplete(); // what is queued still gets written; nothing new is taken
        await base.StopAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(WriteLoopAsync, CancellationToken.None)));

    private async Task WriteLoopAsync()
    {
        var batch = new List<QueuedUsageEvent>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var next))
                batch.Add(next);
            if (batch.Count == 0)
                continue; // the other writer took them
            try
            {
                await WriteAsync(batch);
            }
            catch (Exception exception)
            {
                foreach (var queued in batch)
                    queued.Completion.TrySetException(exception);
            }
            batch.Clear();
        }
    }

    private async Task WriteAsync(List<QueuedUsageEvent> batch)
    {
        var payloads = await ApplyBatchAsync(batch);
        for (var i = 0; i < batch.Count; i++)
        {
            var payload = payloads?[i] ?? await ApplyOneAsync(batch[i]);
            if (payload is null)
                continue;
            await PublishAsync(payload);
            batch[i].Completion.TrySetResult(payload);
        }
    }

    /// <summary>The whole batch in one transaction, tried twice; null when it could not commit.</summary>
    private async Task<RecordUsageEventPayload[]?> ApplyBatchAsync(List<QueuedUsageEvent> batch)
    {
        var inputs = batch.Select(q => q.Input).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        for (var attempt = 1; attempt <= BatchAttempts; attempt++)
        {
            try
            {
                await using var db = contexts.CreateDbContext();
                // MySQL's retrying strategy replays a transient failure (deadlock, dropped connection) itself.
                return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
                {
                    db.ChangeTracker.Clear();
                    return await UsageBatch.ApplyAsync(db, inputs, now, ct);
                }, CancellationToken.None);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                logger.LogWarning(exception, "A batch of {Count} usage events failed (attempt {Attempt} of {Attempts})", batch.Count, attempt, BatchAttempts);
            }
        }
        return null;
    }

    /// <summary>One event in a transaction of its own; null after its request was failed with the exception.</summary>
    private async Task<RecordUsageEventPayload?> ApplyOneAsync(QueuedUsageEvent queued)
    {
        try
        {
            await using var db = contexts.CreateDbContext();
            var now = clock.GetUtcNow().UtcDateTime;
            return await db.InTransactionAsync((tx, ct) => UsageRecording.RecordAsync(tx, queued.Input, now, ct),
                () => new RecordUsageEventPayload(null, null, false), CancellationToken.None);
        }
        catch (Exception exception)
        {
            queued.Completion.TrySetException(exception);
            return null;
        }
    }

    private async Task PublishAsync(RecordUsageEventPayload payload)
    {
        foreach (var domainEvent in payload.Events)
            await bus.PublishAsync(domainEvent);
    }

    private sealed record QueuedUsageEvent(RecordUsageEventInput Input)
    {
        public TaskCompletionSource<RecordUsageEventPayload> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

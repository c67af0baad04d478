using Microsoft.Extensions.Options;
using TelcoX.Client;

namespace TelcoX.Admin.Components.Shared;

/// <summary>
/// Follows a subscription for a page until the page cancels: each update is handed over; when the feed drops
/// (an error, a closed socket) the page hears why in a sentence, and after a pause it listens again and then
/// catches up on what it missed meanwhile. Subscribing before re-reading means no change falls between the two.
/// </summary>
public sealed class LiveFeed(IOptions<LiveFeedOptions> options)
{
    public const string Closed = "the connection to the API closed.";

    public async Task FollowAsync<T>(Func<CancellationToken, IAsyncEnumerable<OperationResult<T>>> subscribe,
        Func<T, Task> onUpdate, Func<string, Task> onProblem, Func<CancellationToken, Task> onCatchUp, CancellationToken cancellationToken)
    {
        for (var resumed = false; !cancellationToken.IsCancellationRequested; resumed = true)
        {
            var problem = await ListenAsync(subscribe, onUpdate, resumed ? onCatchUp : null, cancellationToken);
            if (cancellationToken.IsCancellationRequested)
                return;
            await onProblem(problem ?? Closed);
            try
            {
                await Task.Delay(options.Value.RetryDelay, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Listens until the feed ends; returns the reason it gave, if any.</summary>
    private static async Task<string?> ListenAsync<T>(Func<CancellationToken, IAsyncEnumerable<OperationResult<T>>> subscribe,
        Func<T, Task> onUpdate, Func<CancellationToken, Task>? catchUp, CancellationToken cancellationToken)
    {
        try
        {
            await using var updates = subscribe(cancellationToken).GetAsyncEnumerator(cancellationToken);
            var next = updates.MoveNextAsync(); // subscribes
            if (catchUp is not null)
                _ = CatchUpAsync(catchUp, cancellationToken);
            while (await next)
            {
                // A transport sends nothing after an update without data.
                if (updates.Current.Data is not { } data)
                    return ErrorMessages.Describe(updates.Current.Errors).FirstOrDefault() ?? ErrorMessages.Unexpected;
                await onUpdate(data);
                next = updates.MoveNextAsync();
            }
            return null;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Nobody awaits the page's task: the page hears that the feed stopped rather than nothing at all.
            return null;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    private static async Task CatchUpAsync(Func<CancellationToken, Task> catchUp, CancellationToken cancellationToken)
    {
        try
        {
            await catchUp(cancellationToken);
        }
        catch (Exception)
        {
            // The feed itself reports a lost connection; a failed re-read leaves the figures as they were.
        }
    }
}

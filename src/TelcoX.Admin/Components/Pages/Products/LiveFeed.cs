using TelcoX.Admin.Components.Shared;
using TelcoX.Client;

namespace TelcoX.Admin.Components.Pages.Products;

/// <summary>
/// Follows a subscription for a page until the page cancels: each update is handed over; when the feed drops
/// (an error, a closed socket) the page hears why in a sentence, and after a pause it catches up and listens again.
/// </summary>
public static class LiveFeed
{
    public const string Closed = "the connection to the API closed.";

    /// <summary>How long a page waits before listening again after its feed dropped.</summary>
    public static TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(3);

    public static async Task FollowAsync<T>(Func<CancellationToken, IAsyncEnumerable<OperationResult<T>>> subscribe,
        Func<T, Task> onUpdate, Func<string, Task> onProblem, Func<CancellationToken, Task> onResume, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            string? problem = null;
            try
            {
                await foreach (var update in subscribe(cancellationToken))
                {
                    // A transport sends nothing after an update without data.
                    if (update.Data is not { } data)
                    {
                        problem = ErrorMessages.Describe(update.Errors).FirstOrDefault() ?? ErrorMessages.Unexpected;
                        break;
                    }
                    await onUpdate(data);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception)
            {
                // Nobody awaits this task: the page hears that the feed stopped rather than nothing at all.
            }
            if (cancellationToken.IsCancellationRequested)
                return;
            await onProblem(problem ?? Closed);
            try
            {
                await Task.Delay(RetryDelay, cancellationToken);
                await onResume(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}

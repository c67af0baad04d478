namespace TelcoX.Client.Tests.Infrastructure;

public static class AsyncEnumerableExtensions
{
    public static async Task<List<T>> CollectAsync<T>(this IAsyncEnumerable<T> source)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var items = new List<T>();
        await foreach (var item in source.WithCancellation(timeout.Token))
            items.Add(item);
        return items;
    }
}

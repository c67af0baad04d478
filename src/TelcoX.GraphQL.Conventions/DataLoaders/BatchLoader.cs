using GraphQL.DataLoader;

namespace TelcoX.GraphQL.Conventions.DataLoaders;

/// <summary>
/// Collects the keys asked for while one execution level resolves, then fetches them in one call
/// when the engine first awaits a result (graphql-dotnet awaits <see cref="IDataLoaderResult"/>s only
/// after every field of the level has run). Each key is fetched once per request.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetchKeys = fetch;
    private readonly object gate = new();
    private readonly Dictionary<TKey, Batch> batchOfKey = [];
    private Batch? open;

    public IDataLoaderResult<IEnumerable<TValue>> Load(TKey key) => new Result(BatchOf(key), key);

    /// <summary>The first value of <paramref name="key"/>, or default: a one-to-one without a second wrapper per parent.</summary>
    public IDataLoaderResult<TValue?> LoadFirst(TKey key) => new FirstResult(BatchOf(key), key);

    private Batch BatchOf(TKey key)
    {
        lock (gate)
        {
            if (!batchOfKey.TryGetValue(key, out var batch))
            {
                batch = open ??= new Batch(this);
                batch.Keys.Add(key);
                batchOfKey[key] = batch;
            }
            return batch;
        }
    }

    private sealed class Batch(BatchLoader<TKey, TValue> loader)
    {
        private Task<ILookup<TKey, TValue>>? fetched;

        public List<TKey> Keys { get; } = [];

        public Task<ILookup<TKey, TValue>> FetchAsync(CancellationToken cancellationToken)
        {
            lock (loader.gate)
            {
                // Closing the batch: keys asked for from now on (the next level) start a new one.
                if (loader.open == this)
                    loader.open = null;
                return fetched ??= loader.fetchKeys(Keys, cancellationToken);
            }
        }
    }

    private sealed class Result(Batch batch, TKey key) : IDataLoaderResult<IEnumerable<TValue>>
    {
        public async Task<IEnumerable<TValue>> GetResultAsync(CancellationToken cancellationToken = default) =>
            (await batch.FetchAsync(cancellationToken))[key];

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            (await batch.FetchAsync(cancellationToken))[key];
    }

    private sealed class FirstResult(Batch batch, TKey key) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) =>
            (await batch.FetchAsync(cancellationToken))[key].FirstOrDefault();

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            (await batch.FetchAsync(cancellationToken))[key].FirstOrDefault();
    }
}

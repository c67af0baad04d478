using GraphQL.DataLoader;

namespace TelcoX.GraphQL.Conventions.DataLoaders;

/// <summary>A loader result transformed once it arrives (the rows of a key → its one row).</summary>
public sealed class MappedDataLoaderResult<TIn, TOut>(IDataLoaderResult<TIn> inner, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
{
    public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) =>
        map(await inner.GetResultAsync(cancellationToken));

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await GetResultAsync(cancellationToken);
}

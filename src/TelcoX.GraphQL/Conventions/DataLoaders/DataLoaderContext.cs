using System.Collections.Concurrent;
using GraphQL;

namespace TelcoX.GraphQL.Conventions.DataLoaders;

/// <summary>
/// The request's loaders, by name. Register it scoped (one per request or websocket operation);
/// when it is not registered, one is kept in the execution's user context instead.
/// </summary>
public sealed class DataLoaderContext
{
    private const string UserContextKey = "telcox.dataloaders";
    private readonly ConcurrentDictionary<string, object> loaders = new();

    public BatchLoader<TKey, TValue> GetOrAdd<TKey, TValue>(string name, Func<BatchLoader<TKey, TValue>> create)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)loaders.GetOrAdd(name, _ => create());

    public static DataLoaderContext For(IResolveFieldContext context)
    {
        if (context.RequestServices?.GetService<DataLoaderContext>() is { } scoped)
            return scoped;
        var userContext = context.UserContext;
        lock (userContext) // sibling resolvers run in parallel
        {
            if (userContext.TryGetValue(UserContextKey, out var existing) && existing is DataLoaderContext found)
                return found;
            var created = new DataLoaderContext();
            userContext[UserContextKey] = created;
            return created;
        }
    }
}

using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphQL;
using TelcoX.GraphQL.Auth;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Events;

/// <summary>
/// One database read per published event and field, shared by every subscriber the event reaches:
/// otherwise 1,000 subscribers of a line cost 1,000 identical reads per event (bench P6). Keyed by the
/// event instance (the bus hands the same one to every local subscriber; it is forgotten with it)
/// and by the caller's row scope, so a subscriber only shares a read made under its own visibility.
/// </summary>
public static class SharedEventRead
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<(string Field, int? Scope), Lazy<Task<object?>>>> Reads = new();

    public static Task<object?> ReadOncePerEventAsync<T>(this IResolveFieldContext context, Func<TelcoDbContext, CancellationToken, Task<T>> read)
    {
        var reads = Reads.GetValue(context.Source!, _ => new());
        var key = (context.FieldDefinition.Name, CallerScope.CustomerIdOf(context.User));
        return reads.GetOrAdd(key, _ => new Lazy<Task<object?>>(() => ReadAsync(context, read))).Value;
    }

    // Not the subscriber's token: one subscriber leaving must not cancel the read the others wait for.
    private static async Task<object?> ReadAsync<T>(IResolveFieldContext context, Func<TelcoDbContext, CancellationToken, Task<T>> read)
    {
        await using var db = context.CreateDbContext();
        return await read(db, CancellationToken.None);
    }
}

using System.Collections.Concurrent;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace TelcoX.GraphQL.Conventions.DataLoaders;

/// <summary>
/// The request's loaders, by name. Register it scoped (one per request or websocket operation);
/// when it is not registered, one is kept in the execution's user context instead.
/// </summary>
public sealed class DataLoaderContext
{
    private const string UserContextKey = "telcox.dataloaders";
    private readonly ConcurrentDictionary<string, object> loaders = new();
    private readonly ConcurrentDictionary<(GraphQLField, FieldType, object), object> loadersOfFields = new();

    public BatchLoader<TKey, TValue> GetOrAdd<TKey, TValue>(string name, Func<BatchLoader<TKey, TValue>> create)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)loaders.GetOrAdd(name, _ => create());

    /// <summary>
    /// The loader this field of the document took for its first parent: its arguments, selection and
    /// so its loader are the same for every parent of the request, so the name (which serialises the
    /// arguments) is worked out once per field, not once per parent. <paramref name="source"/> tells
    /// apart a resolver that reads two different queries.
    /// </summary>
    public TLoader ForField<TLoader>(IResolveFieldContext context, object source, Func<TLoader> find)
        where TLoader : class =>
        ForField(context, source, static find => find(), find);

    /// <summary>As above; <paramref name="find"/> takes its inputs as <paramref name="state"/> so that a call per parent allocates no closure.</summary>
    public TLoader ForField<TLoader, TState>(IResolveFieldContext context, object source, Func<TState, TLoader> find, TState state)
        where TLoader : class =>
        (TLoader)loadersOfFields.GetOrAdd((context.FieldAst, context.FieldDefinition, source), static (_, arg) => arg.find(arg.state), (find, state));

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

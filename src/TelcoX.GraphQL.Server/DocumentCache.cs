using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace TelcoX.GraphQL.Server;

/// <summary>
/// Parsed documents that passed validation, by query text (graphql-dotnet's MemoryDocumentCache, which
/// the package mirror lacks). A repeat skips the parser and the core rules, none of which depends on
/// the variables or the caller; only the rules registered for cached documents run again (authorization,
/// aliases, complexity, and no-introspection where it applies). Bounded by total query length.
/// </summary>
public sealed class DocumentCache : IConfigureExecution, IDisposable
{
    /// <summary>About 1 MB of query text, as graphql-dotnet's default.</summary>
    public const long MaxTotalQueryLength = 100_000;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MaxTotalQueryLength });

    // After the options (100) have set the validation rules; the same place as graphql-dotnet's cache.
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
            return await next(options);
        if (cache.TryGetValue<GraphQLDocument>(query, out var cached))
        {
            options.Document = cached;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return await next(options);
        }
        var result = await next(options);
        if (result.Executed && result.Document is { } document)
            cache.Set(query, document, new MemoryCacheEntryOptions { Size = query.Length });
        return result;
    }

    public void Dispose() => cache.Dispose();
}

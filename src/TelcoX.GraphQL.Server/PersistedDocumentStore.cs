using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.Transport;

namespace TelcoX.GraphQL.Server;

/// <summary>
/// Trusted documents: the committed <c>persisted/**/*.graphql</c> files (the admin's in <c>persisted/admin/</c>,
/// written by scripts/export-persisted.sh), by the SHA-256 of their text.
/// A request may name one by <c>documentId</c> ("sha256:&lt;hex&gt;") or Apollo's
/// <c>extensions.persistedQuery.sha256Hash</c>; with <c>GraphQL:OnlyPersisted=true</c> nothing else runs.
/// </summary>
public sealed class PersistedDocumentStore
{
    public const string OnlyPersistedSetting = "GraphQL:OnlyPersisted";
    private readonly Dictionary<string, string> documents;
    private readonly bool onlyPersisted;

    public PersistedDocumentStore(IHostEnvironment environment, IConfiguration configuration)
    {
        var folder = Path.Combine(environment.ContentRootPath, configuration["GraphQL:PersistedFolder"] ?? "persisted");
        documents = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.graphql", SearchOption.AllDirectories).Select(File.ReadAllText).ToDictionary(Hash, text => text)
            : [];
        onlyPersisted = configuration.GetValue<bool>(OnlyPersistedSetting);
    }

    public int Count => documents.Count;

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static bool HasPersistedQuery(Inputs? extensions) => extensions?.ContainsKey("persistedQuery") == true;

    /// <summary>Fills in the text of a named document and refuses whatever the settings do not allow.</summary>
    public void Resolve(GraphQLRequest request)
    {
        if (Id(request) is { } id)
        {
            if (!documents.TryGetValue(id, out var text))
                // Apollo clients recognise this exact message and resend the text.
                throw new GraphQLHttpProblem(StatusCodes.Status400BadRequest, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");
            if (request.Query is not null && request.Query != text)
                throw GraphQLHttpProblem.BadRequest("The document text does not match its id.");
            request.Query = text;
            request.DocumentId = null; // resolved here; the engine needs no loader
            return;
        }
        if (onlyPersisted && (request.Query is null || !documents.ContainsKey(Hash(request.Query))))
            throw new GraphQLHttpProblem(StatusCodes.Status400BadRequest, "PERSISTED_QUERY_ONLY", "Only persisted documents are accepted.");
    }

    /// <summary>
    /// The same check for an operation started over a websocket or SSE: null when it may run (its text
    /// filled in), otherwise the GraphQL error to answer that operation with.
    /// </summary>
    public ExecutionError? TryResolve(GraphQLRequest request)
    {
        try
        {
            Resolve(request);
            return null;
        }
        catch (GraphQLHttpProblem problem)
        {
            return new ExecutionError(problem.Message) { Code = problem.Code };
        }
    }

    private static string? Id(GraphQLRequest request)
    {
        if (request.DocumentId is { } documentId)
            return documentId.StartsWith("sha256:", StringComparison.Ordinal) ? documentId[7..].ToLowerInvariant() : documentId.ToLowerInvariant();
        return request.Extensions?.TryGetValue("persistedQuery", out var value) == true
            && value is IDictionary<string, object?> persisted && persisted.TryGetValue("sha256Hash", out var hash) && hash is string text
            ? text.ToLowerInvariant()
            : null;
    }
}

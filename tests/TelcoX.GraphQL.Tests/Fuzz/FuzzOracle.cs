using System.Reflection;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;

namespace TelcoX.GraphQL.Tests.Fuzz;

/// <summary>
/// What no answer may ever hold: a 5xx, an error code made from an exception's type name (graphql-dotnet
/// derives one from any exception it did not expect: <c>NULL_REFERENCE</c>, <c>MY_SQL</c>, …), or an
/// unexpected failure (<c>INTERNAL_SERVER_ERROR</c>), which is a bug the fuzzer found.
/// </summary>
internal static class FuzzOracle
{
    /// <summary>Every exception type loaded, as graphql-dotnet would name it, but the GraphQL errors themselves.</summary>
    private static readonly Lazy<HashSet<string>> ExceptionCodes = new(() =>
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
            foreach (var type in LoadableTypes(assembly))
                if (typeof(Exception).IsAssignableFrom(type) && !typeof(ExecutionError).IsAssignableFrom(type))
                    codes.Add(ErrorInfoProvider.GetErrorCode(type));
        // Stable codes the API means, which a BCL exception happens to share.
        codes.ExceptWith(["TIMEOUT", "SYNTAX_ERROR", "MAX_DEPTH_EXCEEDED"]);
        return codes;
    });

    /// <summary>How often each status and error code came back: shows how far the inputs reach.</summary>
    public static string? Problem(int status, string body, IDictionary<string, int>? seen = null)
    {
        if (seen is not null)
            Count(seen, $"HTTP {status}");
        if (status >= 500)
            return $"HTTP {status}";
        if (body.Length == 0 || body[0] != '{')
            return null; // not a GraphQL response (the IDE's page, a redirect)
        try
        {
            using var json = JsonDocument.Parse(body);
            if (seen is not null)
                foreach (var errors in ErrorArrays(json.RootElement))
                    foreach (var error in errors.EnumerateArray())
                        if (error.ValueKind == JsonValueKind.Object && error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code))
                            Count(seen, code.ToString());
            return ErrorsProblem(json.RootElement);
        }
        catch (JsonException)
        {
            return "a body that is not JSON";
        }
    }

    public static string? ErrorsProblem(JsonElement message)
    {
        foreach (var errors in ErrorArrays(message))
            foreach (var error in errors.EnumerateArray())
            {
                if (error.ValueKind != JsonValueKind.Object)
                    continue;
                var code = error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var c) ? c.GetString() : null;
                if (code == "INTERNAL_SERVER_ERROR")
                    return $"an unexpected failure: {error}";
                if (code is not null && ExceptionCodes.Value.Contains(code))
                    return $"an exception's type name as a code: {error}";
            }
        return null;
    }

    /// <summary>A response's <c>errors</c>, and a websocket message's payload when it is a list of errors.</summary>
    private static IEnumerable<JsonElement> ErrorArrays(JsonElement message)
    {
        if (message.ValueKind != JsonValueKind.Object)
            yield break;
        if (message.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
            yield return errors;
        if (message.TryGetProperty("payload", out var payload))
        {
            if (payload.ValueKind == JsonValueKind.Array)
                yield return payload;
            else if (payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty("errors", out var inner) && inner.ValueKind == JsonValueKind.Array)
                yield return inner;
        }
    }

    private static void Count(IDictionary<string, int> seen, string key) => seen[key] = seen.TryGetValue(key, out var n) ? n + 1 : 1;

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            return exception.Types.OfType<Type>();
        }
    }
}

using System.Text.Json;

namespace TelcoX.GraphQL.Conventions.Tests;

internal static class Json
{
    /// <summary>The <paramref name="property"/> of each node of a connection (or items of a segment).</summary>
    public static List<int> Ids(JsonElement page, string list = "nodes") =>
        [.. page.GetProperty(list).EnumerateArray().Select(node => node.GetProperty("id").GetInt32())];

    public static List<string> Titles(JsonElement page) =>
        [.. page.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("title").GetString()!)];

    /// <summary>The first error's message and code.</summary>
    public static (string Message, string Code) Error(JsonElement response)
    {
        var error = response.GetProperty("errors")[0];
        return (error.GetProperty("message").GetString()!, error.GetProperty("extensions").GetProperty("code").GetString()!);
    }
}

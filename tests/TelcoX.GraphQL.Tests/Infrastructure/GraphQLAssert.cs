using System.Text.Json;

namespace TelcoX.GraphQL.Tests.Infrastructure;

public static class GraphQLAssert
{
    /// <summary>The field is null and the one error carries the expected message and NOT_FOUND.</summary>
    public static void NotFound(JsonElement response, string field, string message)
    {
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").GetProperty(field).ValueKind);
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal("NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    public static IReadOnlyList<string?> Strings(JsonElement list, string property) =>
        [.. list.EnumerateArray().Select(item => item.GetProperty(property).GetString())];

    public static IReadOnlyList<int> Ints(JsonElement list, string property) =>
        [.. list.EnumerateArray().Select(item => item.GetProperty(property).GetInt32())];
}

using System.Text.Json;

namespace TelcoX.GraphQL.Tests.Infrastructure;

public static class PayloadAssert
{
    /// <summary>The payload's one error, after checking its type, message and code; <paramref name="nullField"/> must be null.</summary>
    public static JsonElement SingleError(JsonElement payload, string nullField, string type, string message, string code)
    {
        Assert.Equal(JsonValueKind.Null, payload.GetProperty(nullField).ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(type, error.GetProperty("__typename").GetString());
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(code, error.GetProperty("code").GetString());
        return error;
    }

    public static void NoErrors(JsonElement payload) =>
        Assert.True(payload.GetProperty("errors").ValueKind == JsonValueKind.Null, $"Unexpected errors: {payload}");
}

using System.Text.Json;

namespace TelcoX.GraphQL.Tests.Infrastructure;

/// <summary>Assertions on mutation payloads: <c>errors</c> is null on success, one typed error otherwise.</summary>
public static class PayloadAssert
{
    /// <summary>The selection mutation tests ask for under <c>errors</c>; a fragment may only name a member of the union.</summary>
    public const string Errors = "errors { __typename ... on Error { message code } ... on ValidationError { field } }";

    public const string ErrorsWithConflict = "errors { __typename ... on Error { message code } ... on ValidationError { field } ... on ConflictError { field } }";

    public static void Succeeded(JsonElement payload) =>
        Assert.True(payload.GetProperty("errors").ValueKind == JsonValueKind.Null, $"Unexpected errors: {payload.GetProperty("errors")}");

    public static void NoErrors(JsonElement payload) => Succeeded(payload);

    /// <summary>The payload's one error, after checking its type, message, code and (when given) field.</summary>
    public static JsonElement SingleError(JsonElement payload, string type, string message, string code, string? field = null)
    {
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(type, error.GetProperty("__typename").GetString());
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(code, error.GetProperty("code").GetString());
        if (field is not null)
            Assert.Equal(field, error.GetProperty("field").GetString());
        return error;
    }

    /// <summary>As <see cref="SingleError"/>, after checking that the payload's <paramref name="nullField"/> is null.</summary>
    public static JsonElement SingleErrorWithNull(JsonElement payload, string nullField, string type, string message, string code)
    {
        Assert.Equal(JsonValueKind.Null, payload.GetProperty(nullField).ValueKind);
        return SingleError(payload, type, message, code);
    }
}

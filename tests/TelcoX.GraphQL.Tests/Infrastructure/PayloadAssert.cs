using System.Text.Json;

namespace TelcoX.GraphQL.Tests.Infrastructure;

/// <summary>Assertions on mutation payloads: <c>errors</c> is null on success, one typed error otherwise.</summary>
public static class PayloadAssert
{
    /// <summary>The selection mutation tests ask for under <c>errors</c>; a fragment may only name a member of the union.</summary>
    public const string Errors = "errors { __typename ... on Error { message code } ... on ValidationError { field } }";

    public const string ErrorsWithConflict = "errors { __typename ... on Error { message code } ... on ValidationError { field } ... on ConflictError { field } }";

    public static void Succeeded(JsonElement payload) => Assert.True(HasNoErrors(payload), $"Unexpected errors: {payload.GetProperty("errors")}");

    /// <summary>For races: exactly one payload succeeded; returns it and the refused ones.</summary>
    public static (JsonElement Winner, JsonElement[] Refused) ExactlyOneSucceeded(IReadOnlyCollection<JsonElement> payloads)
    {
        var winner = Assert.Single(payloads, HasNoErrors);
        return (winner, [.. payloads.Where(p => !HasNoErrors(p))]);
    }

    /// <summary>
    /// The payload's one error, after checking its type, message, code and (when given) field, and that the payload's
    /// other fields are empty (null, or [], 0 and false where the schema makes them non-null): a refusal returns nothing.
    /// </summary>
    public static JsonElement SingleError(JsonElement payload, string type, string message, string code, string? field = null)
    {
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(type, error.GetProperty("__typename").GetString());
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(code, error.GetProperty("code").GetString());
        if (field is not null)
            Assert.Equal(field, error.GetProperty("field").GetString());
        foreach (var property in payload.EnumerateObject().Where(p => p.Name != "errors"))
            Assert.True(IsEmpty(property.Value), $"A refused payload returned {property.Name}: {property.Value}");
        return error;
    }

    private static bool IsEmpty(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.False => true,
        JsonValueKind.Number => value.GetDecimal() == 0,
        JsonValueKind.Array => value.GetArrayLength() == 0,
        _ => false,
    };

    private static bool HasNoErrors(JsonElement payload) => payload.GetProperty("errors").ValueKind == JsonValueKind.Null;
}

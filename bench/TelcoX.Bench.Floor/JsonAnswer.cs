using System.Text.Json;

namespace TelcoX.Bench.Floor;

public static class JsonAnswer
{
    public static async Task WriteAsync(HttpContext http, Func<Utf8JsonWriter, Task> body)
    {
        http.Response.ContentType = "application/graphql-response+json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(http.Response.BodyWriter);
        await body(writer);
        await writer.FlushAsync(http.RequestAborted);
    }

    public static void Timestamp(this Utf8JsonWriter writer, string name, DateTime value) =>
        writer.WriteString(name, DateTime.SpecifyKind(value, DateTimeKind.Utc));

    /// <summary>The GraphQL enum spelling of a stored C# enum name: NavigationSearch → NAVIGATION_SEARCH.</summary>
    public static string EnumName(string stored)
    {
        var builder = new System.Text.StringBuilder(stored.Length + 4);
        for (var i = 0; i < stored.Length; i++)
        {
            if (i > 0 && char.IsUpper(stored[i]))
                builder.Append('_');
            builder.Append(char.ToUpperInvariant(stored[i]));
        }
        return builder.ToString();
    }
}

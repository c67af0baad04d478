using System.Text.Json;

namespace TelcoX.GraphQL.Tests.Conventions;

public static class ConventionsJson
{
    /// <summary>The ids of a connection's <c>nodes { id }</c> (or a segment's <c>items { id }</c>).</summary>
    public static List<int> Ids(this JsonElement page, string list = "nodes") =>
        page.GetProperty(list).EnumerateArray().Select(node => node.GetProperty("id").GetInt32()).ToList();

    public static string ErrorCode(this JsonElement response) =>
        response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    public static string ErrorMessage(this JsonElement response) =>
        response.GetProperty("errors")[0].GetProperty("message").GetString()!;

    public static bool HasPage(this JsonElement page, string flag) => page.GetProperty("pageInfo").GetProperty(flag).GetBoolean();

    public static string? Cursor(this JsonElement page, string which) => page.GetProperty("pageInfo").GetProperty(which).GetString();
}

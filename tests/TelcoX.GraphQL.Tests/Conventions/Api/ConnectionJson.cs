using System.Text.Json;

namespace TelcoX.GraphQL.Tests.Conventions.Api;

public static class ConnectionJson
{
    public static List<JsonElement> Nodes(this JsonElement connection) => [.. connection.GetProperty("nodes").EnumerateArray()];

    public static List<int> NodeIds(this JsonElement connection) => [.. connection.Nodes().Select(n => n.GetProperty("id").GetInt32())];
}

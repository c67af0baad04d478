namespace TelcoX.GraphQL.Tests.Realtime;

internal static class RealtimeDocuments
{
    public const string OnInventoryChanged = "subscription ($id: Int!) { onInventoryChanged(productId: $id) { productId quantity product { id } } }";
    public const string SetInventory = "mutation ($id: Int!, $q: Int!) { setInventory(input: { productId: $id, quantity: $q }) { inventory { quantity } } }";

    public static object Subscribe(string id, string query, object? variables = null) =>
        new { id, type = "subscribe", payload = new { query, variables } };

    public static object Start(string id, string query, object? variables = null) =>
        new { id, type = "start", payload = new { query, variables } };
}

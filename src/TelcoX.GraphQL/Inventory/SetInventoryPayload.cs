using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Inventory;

public sealed record SetInventoryPayload(InventoryItem? Inventory) : Payload;

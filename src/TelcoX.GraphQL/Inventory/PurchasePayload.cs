using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Inventory;

public sealed record PurchasePayload(Purchase? Purchase, InventoryItem? Inventory) : Payload;

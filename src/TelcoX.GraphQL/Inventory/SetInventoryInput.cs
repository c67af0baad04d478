namespace TelcoX.GraphQL.Inventory;

public sealed record SetInventoryInput(int ProductId, int Quantity);

namespace TelcoX.GraphQL.Inventory;

public sealed record PurchaseInput(int ProductId, int Quantity, int? CustomerId);

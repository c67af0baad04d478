namespace TelcoX.GraphQL.Tests.Inventory;

public static class InventoryDocuments
{
    private const string Errors = """
        errors { __typename ... on Error { message code } ... on ValidationError { field } ... on ConflictError { field }
                 ... on InsufficientStockError { available } }
        """;

    private const string SetErrors = "errors { __typename ... on Error { message code } ... on ValidationError { field } }";

    public const string SetInventory = $$"""
        mutation($input: SetInventoryInput!) { setInventory(input: $input) { inventory { productId quantity updatedAt } {{SetErrors}} } }
        """;

    public const string Purchase = $$"""
        mutation($input: PurchaseInput!) {
          purchase(input: $input) {
            purchase { id quantity unitPrice total purchasedAt product { id } customer { id } }
            inventory { productId quantity }
            {{Errors}}
          }
        }
        """;
}

namespace TelcoX.GraphQL.Tests.Products;

public static class ProductDocuments
{
    private const string Errors = "errors { __typename ... on Error { message code } ... on ValidationError { field } ... on ConflictError { field } }";
    private const string Fields = "product { id name description price isActive createdAt updatedAt inventory { quantity } }";

    public const string Create = $$"""
        mutation($input: CreateProductInput!) { createProduct(input: $input) { {{Fields}} {{Errors}} } }
        """;

    public const string Update = $$"""
        mutation($input: UpdateProductInput!) { updateProduct(input: $input) { {{Fields}} {{Errors}} } }
        """;

    public const string Delete = $$"""
        mutation($input: DeleteProductInput!) {
          deleteProduct(input: $input) { {{Fields}} errors { __typename ... on Error { message code } ... on ConflictError { field } } }
        }
        """;
}

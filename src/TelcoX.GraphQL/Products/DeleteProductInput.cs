namespace TelcoX.GraphQL.Products;

public sealed record DeleteProductInput(int Id);

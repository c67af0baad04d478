namespace TelcoX.GraphQL.Products;

public sealed record CreateProductInput(string Name, string? Description, decimal Price, bool? IsActive);

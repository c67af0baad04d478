using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Products;

/// <summary><see cref="Product"/> is the product as it was just before deletion.</summary>
public sealed record DeleteProductPayload(Product? Product, bool HadStock) : Payload;

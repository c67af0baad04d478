using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Products;

public sealed record CreateProductPayload(Product? Product) : Payload;

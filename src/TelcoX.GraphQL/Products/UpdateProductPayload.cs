using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Products;

public sealed record UpdateProductPayload(Product? Product) : Payload;

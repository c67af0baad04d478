using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Products;

/// <summary>A partial update: only the fields that are set change.</summary>
public sealed record UpdateProductInput(
    int Id, Optional<string?> Name, Optional<string?> Description, Optional<decimal?> Price, Optional<bool?> IsActive);

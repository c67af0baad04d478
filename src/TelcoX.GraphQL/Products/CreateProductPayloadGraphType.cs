using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Products;

public sealed class CreateProductPayloadGraphType : PayloadGraphType<CreateProductPayload>
{
    public CreateProductPayloadGraphType()
        : base("createProduct", typeof(ValidationErrorGraphType), typeof(ConflictErrorGraphType)) =>
        Field<ProductGraphType>("product").Resolve(context => context.Source.Product);
}

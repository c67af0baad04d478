using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Products;

public sealed class UpdateProductPayloadGraphType : PayloadGraphType<UpdateProductPayload>
{
    public UpdateProductPayloadGraphType()
        : base("updateProduct", typeof(ValidationErrorGraphType), typeof(NotFoundErrorGraphType), typeof(ConflictErrorGraphType)) =>
        Field<ProductGraphType>("product").Resolve(context => context.Source.Product);
}

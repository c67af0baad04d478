using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Products;

public sealed class DeleteProductPayloadGraphType : PayloadGraphType<DeleteProductPayload>
{
    public DeleteProductPayloadGraphType()
        : base("deleteProduct", typeof(NotFoundErrorGraphType), typeof(ConflictErrorGraphType)) =>
        Field<ProductGraphType>("product").Description("The product as it was; it no longer exists, so its inventory reads 0.")
            .Resolve(context => context.Source.Product);
}

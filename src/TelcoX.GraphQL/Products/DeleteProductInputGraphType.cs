using GraphQL.Types;

namespace TelcoX.GraphQL.Products;

public sealed class DeleteProductInputGraphType : InputObjectGraphType<DeleteProductInput>
{
    public DeleteProductInputGraphType()
    {
        Name = "DeleteProductInput";
        Field(i => i.Id);
    }
}

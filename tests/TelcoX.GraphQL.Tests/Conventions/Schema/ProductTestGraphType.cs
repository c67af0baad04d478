using GraphQL.Types;
using TelcoX.GraphQL.Products;

namespace TelcoX.GraphQL.Tests.Conventions.Schema;

public sealed class ProductTestGraphType : ObjectGraphType<Product>
{
    public ProductTestGraphType()
    {
        Name = "Product";
        Field(p => p.Id);
        Field(p => p.Name);
        Field(p => p.Price);
    }
}

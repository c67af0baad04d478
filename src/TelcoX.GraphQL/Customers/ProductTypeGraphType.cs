using GraphQL.Types;

namespace TelcoX.GraphQL.Customers;

public sealed class ProductTypeGraphType : EnumerationGraphType<ProductType>
{
    public ProductTypeGraphType()
    {
        Name = "ProductType";
        Description = "Whether a line is mobile (MOVIL) or fixed (FIJO).";
    }
}

using GraphQL;
using GraphQL.Types;
using TelcoX.GraphQL.Conventions;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Schema;

namespace TelcoX.GraphQL.Products;

public static class ProductQueries
{
    public static void AddProductQueries(this ObjectGraphType query)
    {
        query.Field<ProductGraphType>("product")
            .Description("One product, by id.")
            .Argument<NonNullGraphType<IntGraphType>>("id")
            .ResolveAsync(ProductAsync);
        query.Connection<ProductGraphType, Product>("products", db => db.Products)
            .Description = "Products, filtered, sorted and paged by cursor; by id unless ordered.";
        query.CollectionSegment<ProductGraphType, Product>("productsPage", db => db.Products, typeName: "Products")
            .Description = "Products by offset: skip (0 or more) rows, then take 1–100 (10 unless given); by id unless ordered.";
    }

    private static Task<object?> ProductAsync(IResolveFieldContext<object?> context)
    {
        var id = context.GetArgument<int>("id");
        return context.OneOrNotFoundAsync(db => db.Products.Where(p => p.Id == id), $"Product with id {id} not found");
    }
}

using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
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
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProductGraphType>>>>("products")
            .Description("Every product, by id.")
            .ResolveAsync(context => context.QueryAsync((db, ct) => db.Products.AsNoTracking().OrderBy(p => p.Id).ToListAsync(ct)));
    }

    private static Task<object?> ProductAsync(IResolveFieldContext<object?> context)
    {
        var id = context.GetArgument<int>("id");
        return context.QueryAsync(async (db, ct) => await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct)
            ?? throw GraphQLErrors.NotFound($"Product with id {id} not found"));
    }
}

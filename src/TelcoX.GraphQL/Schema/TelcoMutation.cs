using GraphQL.Types;
using TelcoX.GraphQL.Coupons;
using TelcoX.GraphQL.Inventory;
using TelcoX.GraphQL.Mutations;
using TelcoX.GraphQL.Products;
using TelcoX.GraphQL.Usage;

namespace TelcoX.GraphQL.Schema;

/// <summary>The root mutation type: each feature adds its own fields.</summary>
public sealed class TelcoMutation : ObjectGraphType
{
    public TelcoMutation()
    {
        Name = "Mutation";
        this.AddUsageMutations();
        this.AddCouponMutations();
        this.AddProductMutations();
        this.AddInventoryMutations();
        this.AddMutations();
    }
}

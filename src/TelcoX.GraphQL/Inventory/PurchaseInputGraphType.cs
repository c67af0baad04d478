using GraphQL.Types;

namespace TelcoX.GraphQL.Inventory;

public sealed class PurchaseInputGraphType : InputObjectGraphType<PurchaseInput>
{
    public PurchaseInputGraphType()
    {
        Name = "PurchaseInput";
        Field(i => i.ProductId);
        Field(i => i.Quantity).Description("Units to buy, more than zero.");
        Field(i => i.CustomerId, nullable: true).Description("The buyer, when known: the purchase joins their transactions.");
    }
}

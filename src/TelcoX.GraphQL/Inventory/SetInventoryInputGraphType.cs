using GraphQL.Types;

namespace TelcoX.GraphQL.Inventory;

public sealed class SetInventoryInputGraphType : InputObjectGraphType<SetInventoryInput>
{
    public SetInventoryInputGraphType()
    {
        Name = "SetInventoryInput";
        Field(i => i.ProductId);
        Field(i => i.Quantity).Description("The new stock, zero or more.");
    }
}

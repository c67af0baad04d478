using GraphQL.Types;

namespace TelcoX.GraphQL.Products;

public sealed class CreateProductInputGraphType : InputObjectGraphType<CreateProductInput>
{
    public CreateProductInputGraphType()
    {
        Name = "CreateProductInput";
        Field(i => i.Name).Description("1–255 characters once trimmed; unique regardless of case.");
        Field(i => i.Description, nullable: true).Description("At most 1024 characters; blank means none.");
        Field(i => i.Price).Description("Greater than zero, at most 2 decimal places.");
        Field(i => i.IsActive, nullable: true).Description("Defaults to true.");
    }
}

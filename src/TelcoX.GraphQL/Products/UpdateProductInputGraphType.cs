using GraphQL.Types;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Products;

public sealed class UpdateProductInputGraphType : InputObjectGraphType<UpdateProductInput>
{
    public UpdateProductInputGraphType()
    {
        Name = "UpdateProductInput";
        Description = "Only the fields given change; description: null clears it.";
        Field<NonNullGraphType<IntGraphType>>("id");
        Field<StringGraphType>("name").Description("1–255 characters once trimmed; unique regardless of case.");
        Field<StringGraphType>("description").Description("At most 1024 characters; null or blank clears it.");
        Field<DecimalGraphType>("price").Description("Greater than zero, at most 2 decimal places.");
        Field<BooleanGraphType>("isActive");
    }

    // The dictionary holds only the fields the client sent, so "not given" and "null" stay apart.
    public override object ParseDictionary(IDictionary<string, object?> value) => new UpdateProductInput(
        (int)value["id"]!,
        Optional<string?>.From(value, "name"),
        Optional<string?>.From(value, "description"),
        Optional<decimal?>.From(value, "price"),
        Optional<bool?>.From(value, "isActive"));
}

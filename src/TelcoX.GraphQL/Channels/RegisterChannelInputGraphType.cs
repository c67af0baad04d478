using GraphQL.Types;

namespace TelcoX.GraphQL.Channels;

public sealed class RegisterChannelInputGraphType : InputObjectGraphType<RegisterChannelInput>
{
    public RegisterChannelInputGraphType()
    {
        Name = "RegisterChannelInput";
        // Optional in the schema so that a missing value gets seed 002's message, not a validation error.
        Field(i => i.CustomerId, nullable: true);
        Field(i => i.Kind, nullable: true).Description("EMAIL or CALL in any letter case; \"llamada\" means CALL. Anything else: \"Tipo de canal inválido\".");
        Field(i => i.Content, nullable: true).Description("Required, not blank, at most 255 characters.");
    }
}

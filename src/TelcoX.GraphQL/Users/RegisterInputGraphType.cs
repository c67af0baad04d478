using GraphQL.Types;

namespace TelcoX.GraphQL.Users;

public sealed class RegisterInputGraphType : InputObjectGraphType<RegisterInput>
{
    public RegisterInputGraphType()
    {
        Name = "RegisterInput";
        Field(i => i.Email).Description("Trimmed and lower-cased; unique.");
        Field(i => i.Password).Description("10 to 128 characters; stored only as a salted hash.");
        Field(i => i.Role, type: typeof(UserRoleGraphType))
            .Description("Defaults to CUSTOMER. ADMIN and AGENT users can be registered only by an ADMIN.");
        Field(i => i.CustomerId, nullable: true).Description("For CUSTOMER users: the existing customer they are. Only an ADMIN can set it.");
    }
}

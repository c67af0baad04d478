using GraphQL.Types;

namespace TelcoX.GraphQL.Users;

public sealed class LoginInputGraphType : InputObjectGraphType<LoginInput>
{
    public LoginInputGraphType()
    {
        Name = "LoginInput";
        Field(i => i.Email).Description("Matched trimmed and regardless of case.");
        Field(i => i.Password);
    }
}

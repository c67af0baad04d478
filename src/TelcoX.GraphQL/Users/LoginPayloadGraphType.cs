using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Users;

public sealed class LoginPayloadGraphType : PayloadGraphType<LoginPayload>
{
    public LoginPayloadGraphType()
        : base("login", typeof(AuthenticationErrorGraphType))
    {
        Field(p => p.Token, nullable: true).Description("A signed JWT; send it back as Authorization: Bearer <token>.");
        Field(p => p.ExpiresAt, nullable: true).Description("When the token stops being accepted (UTC).");
        Field<UserGraphType>("user").Resolve(context => context.Source.User);
    }
}

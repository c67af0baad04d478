using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Users;

public sealed class RegisterPayloadGraphType : PayloadGraphType<RegisterPayload>
{
    public RegisterPayloadGraphType()
        : base("register", typeof(ValidationErrorGraphType), typeof(NotFoundErrorGraphType), typeof(ConflictErrorGraphType), typeof(ForbiddenErrorGraphType)) =>
        Field<UserGraphType>("user").Resolve(context => context.Source.User);
}

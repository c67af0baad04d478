using GraphQL.Types;

namespace TelcoX.GraphQL.Mutations;

/// <summary>Hot Chocolate's <c>interface Error { message: String! }</c>, plus our stable code.</summary>
public sealed class ErrorInterfaceGraphType : InterfaceGraphType<DomainError>
{
    public ErrorInterfaceGraphType()
    {
        Name = "Error";
        Description = "Something the user can fix: a message to show and a stable code to branch on.";
        Field(e => e.Message);
        Field(e => e.Code).Description("BAD_USER_INPUT, NOT_FOUND, CONFLICT, INSUFFICIENT_STOCK …");
    }
}

namespace TelcoX.GraphQL.Mutations;

public sealed class ForbiddenErrorGraphType : ErrorGraphType<ForbiddenError>
{
    public ForbiddenErrorGraphType() : base("The row belongs to someone else; nothing changed.") { }
}

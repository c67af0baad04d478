namespace TelcoX.GraphQL.Users;

public sealed record RegisterInput(string Email, string Password, UserRole? Role, int? CustomerId)
{
    /// <summary>Without the password: a record prints every member, and inputs end up in logs.</summary>
    public override string ToString() => $"RegisterInput {{ Email = {Email}, Role = {Role}, CustomerId = {CustomerId} }}";
}

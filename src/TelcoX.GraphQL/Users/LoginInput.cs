namespace TelcoX.GraphQL.Users;

public sealed record LoginInput(string Email, string Password)
{
    /// <summary>Without the password: a record prints every member, and inputs end up in logs.</summary>
    public override string ToString() => $"LoginInput {{ Email = {Email} }}";
}

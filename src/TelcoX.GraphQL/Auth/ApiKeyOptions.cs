namespace TelcoX.GraphQL.Auth;

/// <summary><c>Auth:ApiKeys:&lt;name&gt;</c>: the key a machine client sends and the role it acts with.</summary>
public sealed class ApiKeyOptions
{
    public string? Key { get; set; }
    public string Role { get; set; } = Roles.Agent;
}

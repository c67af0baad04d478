namespace TelcoX.GraphQL.Server;

/// <summary>
/// The request headers that carry a credential, for <see cref="CredentialCheck"/>: Authorization, plus
/// whatever the application's own schemes read (an API key header, say).
/// </summary>
public sealed class CredentialCheckOptions
{
    public List<string> Headers { get; } = ["Authorization"];
}

namespace TelcoX.Client;

/// <summary>
/// The signed-in user's JWT (or null when anonymous). HTTP sends it as <c>Authorization: Bearer</c>; the
/// websocket sends it in <c>connection_init</c>'s payload.
/// </summary>
public interface IAccessTokenProvider
{
    ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken);
}

/// <summary>A fixed token (or none): the default registration, and handy for tools and tests.</summary>
public sealed class StaticAccessTokenProvider(string? token) : IAccessTokenProvider
{
    public StaticAccessTokenProvider() : this(null) { }

    public ValueTask<string?> GetAccessTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(token);
}

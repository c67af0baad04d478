using System.Net.Http.Headers;

namespace TelcoX.GraphQL.Tests.Infrastructure;

/// <summary>Adds <c>Authorization: Bearer</c> to every request; the token is fetched on first use.</summary>
public sealed class BearerTokenHandler(Func<Task<string>> token) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await token());
        return await base.SendAsync(request, cancellationToken);
    }
}

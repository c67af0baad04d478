namespace TelcoX.GraphQL.Server.Ide;

/// <summary>The IDE's settings: this server's endpoints, and no call to any host but this one.</summary>
public static class BananaCakePopConfig
{
    /// <summary>
    /// Headers the IDE sends with every request, e.g. <c>GraphQL:Ide:HttpHeaders:Authorization</c>. An
    /// application's Development settings may preset a credential there, so that the IDE answers at once;
    /// otherwise the developer adds a header in the IDE's connection settings.
    /// </summary>
    public const string HttpHeadersSection = "GraphQL:Ide:HttpHeaders";

    public static object For(HttpRequest request, IConfiguration configuration)
    {
        var host = $"{request.Host}{request.PathBase}{GraphQLEndpoint.Path}";
        var secure = request.IsHttps;
        var headers = configuration.GetSection(HttpHeadersSection).GetChildren()
            .Where(header => !string.IsNullOrEmpty(header.Value))
            .ToDictionary(header => header.Key, header => header.Value!);
        return new
        {
            endpoint = $"{(secure ? "https" : "http")}://{host}",
            subscriptionEndpoint = $"{(secure ? "wss" : "ws")}://{host}",
            useBrowserUrlAsEndpoint = false,
            useGet = false,
            includeCookies = false,
            httpHeaders = headers,
            title = "TelcoX",
            // Without this the IDE reports usage to a host outside this network.
            disableTelemetry = true,
        };
    }
}

namespace TelcoX.GraphQL.Server.Ide;

/// <summary>The IDE's settings: this server's endpoints, and no call to any host but this one.</summary>
public static class BananaCakePopConfig
{
    public static object For(HttpRequest request)
    {
        var host = $"{request.Host}{request.PathBase}{GraphQLEndpoint.Path}";
        var secure = request.IsHttps;
        return new
        {
            endpoint = $"{(secure ? "https" : "http")}://{host}",
            subscriptionEndpoint = $"{(secure ? "wss" : "ws")}://{host}",
            useBrowserUrlAsEndpoint = false,
            useGet = false,
            includeCookies = false,
            title = "TelcoX",
            // Without this the IDE reports usage to a host outside this network.
            disableTelemetry = true,
        };
    }
}

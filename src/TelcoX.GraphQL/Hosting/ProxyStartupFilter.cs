namespace TelcoX.GraphQL.Hosting;

/// <summary>
/// Runs before every other middleware: forwarded headers must rewrite the request before anything
/// reads its scheme or client address, and the instance header must be on every response.
/// </summary>
public sealed class ProxyStartupFilter(bool forwardedHeaders, string? instanceName) : IStartupFilter
{
    public const string InstanceHeader = "X-TelcoX-Instance";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        if (forwardedHeaders)
            app.UseForwardedHeaders();
        if (!string.IsNullOrWhiteSpace(instanceName))
            app.Use((http, nextMiddleware) =>
            {
                // Behind a load balancer, tells which instance answered (logs, support, the topology test).
                http.Response.Headers[InstanceHeader] = instanceName;
                return nextMiddleware(http);
            });
        next(app);
    };
}

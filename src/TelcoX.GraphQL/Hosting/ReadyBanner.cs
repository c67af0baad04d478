using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace TelcoX.GraphQL.Hosting;

public static class ReadyBanner
{
    /// <summary>Tells a newcomer where to point a browser once Kestrel has its addresses.</summary>
    public static WebApplication LogWhereToBrowse(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
                app.Logger.LogInformation("TelcoX GraphQL API ready: {Endpoint}/graphql (health: {Endpoint}/health)", address, address);
        });
        return app;
    }
}

using Microsoft.AspNetCore.StaticFiles;

namespace TelcoX.GraphQL.Server.Ide;

public static class IdeEndpoints
{
    public static IServiceCollection AddTelcoIde(this IServiceCollection services) => services.AddSingleton<BananaCakePop>();

    /// <summary>The IDE's static files and its config under /graphql/; the page itself is served by the GraphQL endpoint.</summary>
    public static WebApplication MapTelcoIde(this WebApplication app)
    {
        var ide = app.Services.GetRequiredService<BananaCakePop>();
        if (!ide.Enabled)
            return app;
        app.MapGet($"{GraphQLEndpoint.Path}/bcp-config.json", (HttpRequest request, IConfiguration configuration) => Results.Json(BananaCakePopConfig.For(request, configuration)));
        if (ide.IsInstalled)
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = ide.Files,
                RequestPath = GraphQLEndpoint.Path,
                ContentTypeProvider = new FileExtensionContentTypeProvider(),
            });
        return app;
    }
}

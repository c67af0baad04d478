using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace TelcoX.GraphQL.Server.Ide;

/// <summary>
/// Banana Cake Pop for browsers at <c>/graphql/</c>, served from the npm package this library's build
/// installs and copies beside the application (its licence forbids committing it). It loads
/// <c>bcp-config.json</c> relative to its own URL.
/// Served in Development, elsewhere only when <c>GraphQL:Ide:Enabled</c> is true: the page, its
/// config and its files show anyone what the server is and where to probe.
/// </summary>
public sealed class BananaCakePop(IWebHostEnvironment environment, IConfiguration configuration)
{
    /// <summary>Where the build copies the package, beside the application's assemblies (and in its publish output).</summary>
    public const string PackageFolder = "bananacakepop";
    public const string EnabledSetting = "GraphQL:Ide:Enabled";
    private readonly string root = Path.Combine(AppContext.BaseDirectory, PackageFolder);

    public bool Enabled { get; } = configuration.GetValue<bool?>(EnabledSetting) ?? environment.IsDevelopment();

    public bool IsInstalled => File.Exists(Path.Combine(root, "index.html"));

    public IFileProvider Files => new PhysicalFileProvider(root);

    /// <summary>A browser navigating to /graphql gets the IDE when it is enabled; anything else is a GraphQL request.</summary>
    public bool Serves(HttpRequest request) => Enabled && IsBrowserNavigation(request);

    private static bool IsBrowserNavigation(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Query.ContainsKey("query")
        && MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.Any(range => range.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    public async Task ServeAsync(HttpContext http)
    {
        if (!http.Request.Path.Value!.EndsWith('/'))
        {
            http.Response.Redirect($"{http.Request.PathBase}{GraphQLEndpoint.Path}/");
            return;
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        if (IsInstalled)
            await http.Response.SendFileAsync(Files.GetFileInfo("index.html"), http.RequestAborted);
        else
            await http.Response.WriteAsync(NotInstalledPage, http.RequestAborted);
    }

    private const string NotInstalledPage = """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>TelcoX GraphQL</title></head>
        <body><h1>TelcoX GraphQL</h1>
        <p>POST GraphQL requests to this URL. Banana Cake Pop is not installed: the build installs it
        when <code>npm</code> is on the PATH, or run <code>npm ci --prefix src/TelcoX.GraphQL.Server/Ide</code> and build again.</p>
        </body></html>
        """;
}

using TelcoX.Admin.GraphQL;
using TelcoX.Client;

namespace TelcoX.Admin.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>
    /// The generated TelcoX client (scoped: one per circuit), pointed at <c>TelcoX:ApiUrl</c> and signed as
    /// the current user. <c>TelcoX:UsePersistedDocuments</c> (default true) sends document ids from the API's trusted store, not text.
    /// </summary>
    public static IServiceCollection AddTelcoXApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IAccessTokenProvider, SignedInAccessTokenProvider>();
        services.AddTelcoXClient(options =>
        {
            options.Endpoint = new Uri(configuration["TelcoX:ApiUrl"] ?? "http://127.0.0.1:5080/graphql");
            options.UsePersistedDocuments = configuration.GetValue("TelcoX:UsePersistedDocuments", true);
        });
        return services;
    }
}

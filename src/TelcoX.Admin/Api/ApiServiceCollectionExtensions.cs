using TelcoX.Admin.GraphQL;
using TelcoX.Client;

namespace TelcoX.Admin.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>
    /// The generated TelcoX client (scoped: one per circuit), pointed at <c>TelcoX:ApiUrl</c> and signed as
    /// the current user. <c>TelcoX:UsePersistedDocuments</c> (default false until the API's store holds the admin's documents) sends document ids, not text.
    /// </summary>
    public static IServiceCollection AddTelcoXApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IAccessTokenProvider, SignedInAccessTokenProvider>();
        services.AddTelcoXClient(options =>
        {
            options.Endpoint = new Uri(configuration["TelcoX:ApiUrl"] ?? "http://127.0.0.1:5080/graphql");
            options.UsePersistedDocuments = configuration.GetValue("TelcoX:UsePersistedDocuments", false);
        });
        return services;
    }
}

using TelcoX.Admin.GraphQL;
using TelcoX.Client;

namespace TelcoX.Admin.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>The generated TelcoX client, pointed at <c>TelcoX:ApiUrl</c>, signed as the current user.</summary>
    public static IServiceCollection AddTelcoXApi(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = new Uri(configuration["TelcoX:ApiUrl"] ?? "http://127.0.0.1:5080/graphql");
        services.AddScoped<IAccessTokenProvider, SignedInAccessTokenProvider>();
        services.AddHttpClient<TelcoXClient>(http => http.BaseAddress = endpoint);
        return services;
    }
}

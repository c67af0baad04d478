namespace TelcoX.GraphQL.Auth;

public static class AuthRegistration
{
    /// <summary>Token issuing for login; validating tokens on requests is added here later.</summary>
    public static WebApplicationBuilder AddTelcoAuth(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<AuthOptions>(builder.Configuration.GetSection(AuthOptions.SectionName));
        builder.Services.AddSingleton<TokenIssuer>();
        return builder;
    }
}

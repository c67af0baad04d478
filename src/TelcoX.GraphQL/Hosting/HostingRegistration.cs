namespace TelcoX.GraphQL.Hosting;

public static class HostingRegistration
{
    /// <summary>
    /// Running behind a TLS-terminating proxy: trusted forwarded headers, an instance name on every
    /// response (development secrets are refused earlier, by StartupRefusal). HTTPS redirection and HSTS stay off:
    /// the proxy owns TLS, and Kestrel behind it only ever sees plain HTTP.
    /// </summary>
    public static WebApplicationBuilder AddTelcoHosting(this WebApplicationBuilder builder)
    {
        var forwarded = builder.Configuration.GetSection(ForwardedHeadersSettings.SectionName).Get<ForwardedHeadersSettings>()
            ?? new ForwardedHeadersSettings();
        builder.Services.Configure<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>(forwarded.Apply);
        builder.Services.AddSingleton<IStartupFilter>(new ProxyStartupFilter(forwarded.Enabled, builder.Configuration["Hosting:InstanceName"]));
        return builder;
    }
}

using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using TelcoX.GraphQL.Auth.Authorization;
using TelcoX.GraphQL.Users;

namespace TelcoX.GraphQL.Auth;

public static class AuthRegistration
{
    /// <summary>One default scheme that picks the API key when <c>X-API-Key</c> is sent, the bearer token otherwise.</summary>
    public const string Scheme = "TelcoX";

    public static WebApplicationBuilder AddTelcoAuth(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(AuthOptions.SectionName);
        var options = section.Get<AuthOptions>() ?? new AuthOptions();
        SigningKeyGuard.EnsureUsable(options, builder.Environment);

        builder.Services.Configure<AuthOptions>(section);
        builder.Services.AddSingleton<TokenIssuer>();
        builder.Services.AddSingleton<LoginThrottle>();
        builder.Services.AddTelcoPasswords(builder.Configuration);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "JWT or API key", policy => policy.ForwardDefaultSelector = http =>
                http.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = Validation(options);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder().AddTelcoPolicies();
        builder.Services.AddSingleton<Server.WebSockets.ConnectionAuthenticator, BearerConnectionAuthenticator>();
        return builder;
    }

    /// <summary>The issuer, audience, lifetime and key login signs with; a token failing any is anonymous.</summary>
    private static TokenValidationParameters Validation(AuthOptions options) => new()
    {
        ValidIssuer = options.Issuer,
        ValidAudience = options.Audience,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        ValidateIssuerSigningKey = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        ClockSkew = TimeSpan.FromSeconds(30),
        // Without a key nothing validates: every token is refused rather than trusted.
        IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.SigningKey ?? Guid.NewGuid().ToString("N"))),
        NameClaimType = "sub",
        RoleClaimType = Roles.ClaimType,
    };
}

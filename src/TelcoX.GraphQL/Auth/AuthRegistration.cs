using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
        var options = section.Get<AuthOptions>() ?? new AuthOptions(); // its key was checked by StartupRefusal, before anything started

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
                jwt.Events = new JwtBearerEvents { OnTokenValidated = RefuseRevokedAsync };
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        // Lifetimes are judged on the one clock, as the websocket's expiry timer is.
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<TimeProvider>((jwt, time) => jwt.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, parameters) =>
            {
                var now = time.GetUtcNow().UtcDateTime;
                return expires is { } end && now < end + parameters.ClockSkew && (notBefore is not { } start || now >= start - parameters.ClockSkew);
            });
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.Configure<TokenRevocationOptions>(builder.Configuration.GetSection(TokenRevocationOptions.SectionName));
        builder.Services.AddSingleton<SecurityStampValidator>();
        builder.Services.AddAuthorizationBuilder().AddTelcoPolicies();
        builder.Services.AddSingleton<Server.WebSockets.ConnectionAuthenticator, BearerConnectionAuthenticator>();
        // A bad API key is refused like a bad token, not run as anonymous.
        builder.Services.Configure<Server.CredentialCheckOptions>(check => check.Headers.Add(ApiKeyAuthenticationHandler.HeaderName));
        return builder;
    }

    /// <summary>A token whose user was deleted or changed since login signs nobody in: the request is then refused as UNAUTHENTICATED.</summary>
    private static async Task RefuseRevokedAsync(TokenValidatedContext context)
    {
        var stamps = context.HttpContext.RequestServices.GetRequiredService<SecurityStampValidator>();
        if (!await stamps.IsCurrentAsync(context.Principal, context.HttpContext.RequestAborted))
            context.Fail("The token was revoked: its user was deleted or changed.");
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

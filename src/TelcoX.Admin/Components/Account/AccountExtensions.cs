using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace TelcoX.Admin.Components.Account;

public static class AccountExtensions
{
    public const string SignInPath = "/account/signin";

    /// <summary>Cookie sign-in: the ticket (data-protected) holds the user and their API token.</summary>
    public static IServiceCollection AddAdminAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "TelcoX.Admin";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.LoginPath = SignInPath;
                options.AccessDeniedPath = SignInPath;
                // The ticket expires with the API token (ExpiresUtc at sign-in), never later.
                options.SlidingExpiration = false;
            });
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<AuthenticationStateProvider, TokenExpiryRevalidator>();
        return services;
    }

    /// <summary>Sign-out is a POST (antiforgery-checked) so that a link or image cannot sign anyone out.</summary>
    public static IEndpointRouteBuilder MapAdminAccount(this IEndpointRouteBuilder endpoints)
    {
        // Binding a form field makes the endpoint check the antiforgery token.
        endpoints.MapPost("/account/signout", async (HttpContext context, [FromForm] string? reason) =>
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect(SignInPath + "?signedOut=true");
        });
        return endpoints;
    }
}

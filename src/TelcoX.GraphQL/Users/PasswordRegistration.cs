using Microsoft.AspNetCore.Identity;

namespace TelcoX.GraphQL.Users;

public static class PasswordRegistration
{
    /// <summary>The hasher at OWASP's work factor unless configuration says otherwise (tests).</summary>
    public static IServiceCollection AddTelcoPasswords(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PasswordHasherOptions>().Configure(options =>
            options.IterationCount = configuration.GetValue(Passwords.IterationCountKey, Passwords.OwaspIterations));
        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddSingleton<Passwords>();
        return services;
    }
}

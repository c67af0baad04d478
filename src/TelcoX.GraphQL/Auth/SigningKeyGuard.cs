using System.Text;
using TelcoX.GraphQL.Hosting;

namespace TelcoX.GraphQL.Auth;

/// <summary>Outside Development the API refuses to start with a missing, short or development secret.</summary>
public static class SigningKeyGuard
{
    public static void EnsureUsable(AuthOptions options, IHostEnvironment environment)
    {
        if (environment.IsDevelopment())
            return;
        if (!IsStrong(options.SigningKey))
            throw new StartupRefusedException(
                $"Auth:SigningKey must be set to a secret of at least {AuthOptions.MinSigningKeyBytes} bytes outside Development " +
                "(and never the development key): set it from a secret store or the Auth__SigningKey environment variable.");
        foreach (var (name, key) in options.ApiKeys)
            if (!IsStrong(key.Key))
                throw new StartupRefusedException(
                    $"Auth:ApiKeys:{name}:Key must be at least {AuthOptions.MinSigningKeyBytes} bytes and not a development key outside Development.");
    }

    private static bool IsStrong(string? secret) =>
        !string.IsNullOrEmpty(secret)
        && Encoding.UTF8.GetByteCount(secret) >= AuthOptions.MinSigningKeyBytes
        && !secret.Contains(AuthOptions.DevelopmentMarker, StringComparison.OrdinalIgnoreCase);
}

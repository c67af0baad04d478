using System.Reflection;
using TelcoX.GraphQL.Auth;

namespace TelcoX.GraphQL.Hosting;

public static class StartupRefusal
{
    /// <summary>
    /// Checks the secrets before anything starts. A refusal is one line on stderr and exit code 1, not
    /// an unhandled exception (exit 134 and a stack trace an operator must read through). A host that
    /// loaded this assembly instead of running it (WebApplicationFactory) gets the exception.
    /// </summary>
    public static bool Refuses(WebApplicationBuilder builder)
    {
        try
        {
            DevelopmentSecrets.RefuseOutsideDevelopment(builder.Configuration, builder.Environment);
            SigningKeyGuard.EnsureUsable(builder.Configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>() ?? new AuthOptions(), builder.Environment);
            return false;
        }
        catch (StartupRefusedException refused) when (Assembly.GetEntryAssembly() == typeof(StartupRefusal).Assembly)
        {
            Console.Error.WriteLine($"TelcoX GraphQL API not started: {refused.Message}");
            return true;
        }
    }
}

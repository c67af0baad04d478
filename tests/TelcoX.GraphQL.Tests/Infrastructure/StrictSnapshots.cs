using System.Runtime.CompilerServices;

namespace TelcoX.GraphQL.Tests.Infrastructure;

/// <summary>
/// Snapshooter writes a missing snapshot and passes unless SNAPSHOOTER_STRICT_MODE is on, and it never looks at CI:
/// on here, so a snapshot nobody committed fails everywhere. Record a new one with SNAPSHOOTER_STRICT_MODE=off.
/// </summary>
internal static class StrictSnapshots
{
    public const string Variable = "SNAPSHOOTER_STRICT_MODE";

    [ModuleInitializer]
    internal static void TurnOn()
    {
        if (Environment.GetEnvironmentVariable(Variable) is null)
            Environment.SetEnvironmentVariable(Variable, "on");
    }
}

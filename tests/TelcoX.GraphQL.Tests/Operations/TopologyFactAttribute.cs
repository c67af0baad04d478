namespace TelcoX.GraphQL.Tests.Operations;

/// <summary>
/// A test that starts the whole loopback topology (MariaDB, Redis, two APIs, nginx): about half a
/// minute, so it runs once per scripts/test.sh (which sets TELCOX_TEST_TOPOLOGY=1), not in every run.
/// </summary>
public sealed class TopologyFactAttribute : FactAttribute
{
    public TopologyFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("TELCOX_TEST_TOPOLOGY") != "1")
            Skip = "Set TELCOX_TEST_TOPOLOGY=1 to run the scripts/topology.sh test (scripts/test.sh does).";
    }
}

using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Server.Browser;

/// <summary>
/// A test in headless Chromium. It exercises the browser against the API, not the database, so it
/// runs once per scripts/test.sh: in the SQLite pass, skipped in the MariaDB one.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(TestDatabase.MySqlVariable)))
            Skip = "The browser test runs in the SQLite pass only.";
    }
}

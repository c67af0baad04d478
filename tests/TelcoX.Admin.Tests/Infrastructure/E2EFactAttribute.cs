namespace TelcoX.Admin.Tests.Infrastructure;

/// <summary>
/// An end-to-end test in headless Chromium: needs Debian's /usr/bin/chromium (scripts/test.sh installs it;
/// Playwright never downloads a browser). Without it the test is reported as skipped, saying why.
/// </summary>
public sealed class E2EFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public E2EFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
            Skip = $"{ChromiumPath} is missing: run scripts/chromium.sh install (scripts/test.sh does).";
    }
}

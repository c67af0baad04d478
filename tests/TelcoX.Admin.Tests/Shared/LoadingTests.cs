using Bunit;
using TelcoX.Admin.Components.Shared;

namespace TelcoX.Admin.Tests.Shared;

public sealed class LoadingTests : BunitContext
{
    [Fact]
    public void LoadingSaysWhatIsOnItsWayToScreenReadersToo()
    {
        var loading = Render<Loading>(p => p.Add(c => c.Text, "Loading invoices…"));

        var status = loading.Find("[role=status]");
        Assert.Equal("polite", status.GetAttribute("aria-live"));
        Assert.Contains("Loading invoices…", status.TextContent);
    }
}

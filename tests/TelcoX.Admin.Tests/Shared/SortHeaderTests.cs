using Bunit;
using TelcoX.Admin.Components.Shared;

namespace TelcoX.Admin.Tests.Shared;

public sealed class SortHeaderTests : BunitContext
{
    private SortState? chosen;

    private IRenderedComponent<SortHeader> Header(SortState current) =>
        Render<SortHeader>(p => p
            .Add(c => c.Label, "Name")
            .Add(c => c.Field, "name")
            .Add(c => c.Sort, current)
            .Add(c => c.SortChanged, (SortState s) => chosen = s));

    [Fact]
    public void ClickingTheSortedColumnFlipsItsDirection()
    {
        var header = Header(new SortState("name", Descending: false));
        Assert.Equal("ascending", header.Find("th").GetAttribute("aria-sort"));

        header.Find("button").Click();

        Assert.Equal(new SortState("name", true), chosen);
    }

    [Fact]
    public void ClickingAnotherColumnSortsItAscending()
    {
        var header = Header(new SortState("createdAt", Descending: true));
        Assert.Equal("none", header.Find("th").GetAttribute("aria-sort"));

        header.Find("button").Click();

        Assert.Equal(new SortState("name", false), chosen);
    }
}

using Bunit;
using TelcoX.Admin.Components.Shared;

namespace TelcoX.Admin.Tests.Shared;

public sealed class PagerTests : BunitContext
{
    [Fact]
    public void OnTheFirstPageOnlyNextIsEnabledAndItAsksForTheNextPage()
    {
        var next = 0;
        var pager = Render<Pager>(p => p
            .Add(c => c.HasPrevious, false)
            .Add(c => c.HasNext, true)
            .Add(c => c.Summary, "42 customers")
            .Add(c => c.OnNext, () => next++));

        Assert.True(pager.Find("[data-testid=pager-previous]").HasAttribute("disabled"));
        Assert.False(pager.Find("[data-testid=pager-next]").HasAttribute("disabled"));
        Assert.Contains("42 customers", pager.Markup);

        pager.Find("[data-testid=pager-next]").Click();
        Assert.Equal(1, next);
    }

    [Fact]
    public void WhileAPageLoadsBothButtonsWait()
    {
        var pager = Render<Pager>(p => p.Add(c => c.HasPrevious, true).Add(c => c.HasNext, true).Add(c => c.Busy, true));

        Assert.All(pager.FindAll("button"), b => Assert.True(b.HasAttribute("disabled")));
    }

    [Fact]
    public void CursorPagesAskForwardAfterTheEndAndBackwardBeforeTheStart()
    {
        var start = CursorPage.Start(10);

        Assert.Equal(new CursorPage(10, "end", null, null), start.Next("end"));
        Assert.Equal(new CursorPage(null, null, 10, "start"), start.Next("end").Previous("start"));
    }
}

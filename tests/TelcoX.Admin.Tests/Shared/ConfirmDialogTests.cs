using Bunit;
using TelcoX.Admin.Components.Shared;

namespace TelcoX.Admin.Tests.Shared;

public sealed class ConfirmDialogTests : BunitContext
{
    // Asks on the renderer's thread and hands back the pending answer without waiting for it.
    private static async Task<Task<bool>> Ask(IRenderedComponent<ConfirmDialog> dialog, string question, string confirm)
    {
        Task<bool> answer = Task.FromResult(false);
        await dialog.InvokeAsync(() => { answer = dialog.Instance.AskAsync(question, confirm); });
        return answer;
    }

    [Fact]
    public async Task NothingShowsUntilAskedThenConfirmingAnswersYes()
    {
        var dialog = Render<ConfirmDialog>(p => p.Add(c => c.Title, "Delete product?"));
        Assert.Empty(dialog.FindAll("[role=alertdialog]"));

        var asking = await Ask(dialog, "Delete Router X? It cannot be undone.", "Delete");
        Assert.Contains("Delete Router X? It cannot be undone.", dialog.Find("[role=alertdialog]").TextContent);
        Assert.Equal("Delete", dialog.Find("[data-testid=confirm-yes]").TextContent);

        dialog.Find("[data-testid=confirm-yes]").Click();

        Assert.True(await asking);
        Assert.Empty(dialog.FindAll("[role=alertdialog]"));
    }

    [Fact]
    public async Task CancellingAnswersNoAndClosesTheDialog()
    {
        var dialog = Render<ConfirmDialog>();
        var asking = await Ask(dialog, "Pay invoice?", "Pay");

        dialog.FindAll("button").Single(b => b.TextContent == "Cancel").Click();

        Assert.False(await asking);
        Assert.Empty(dialog.FindAll("[role=alertdialog]"));
    }

    [Fact]
    public async Task LeavingThePageWhileAskingAnswersNo()
    {
        var dialog = Render<ConfirmDialog>();
        var asking = await Ask(dialog, "Cancel coupon?", "Cancel coupon");

        await DisposeComponentsAsync();

        Assert.False(await asking);
    }
}

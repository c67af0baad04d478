using Bunit;
using TelcoX.Admin.Components.Shared;
using TelcoX.Client;

namespace TelcoX.Admin.Tests.Shared;

public sealed class ErrorDisplayTests : BunitContext
{
    private IRenderedComponent<ErrorDisplay> Show(params GraphQLClientError[] errors) =>
        Render<ErrorDisplay>(p => p.Add(c => c.Errors, errors));

    [Fact]
    public void AnApiOutageReadsAsASentenceAboutTheApi()
    {
        var display = Show(new GraphQLClientError("Connection refused (127.0.0.1:5080)", "TRANSPORT_ERROR", null));

        Assert.Equal(ErrorMessages.ApiUnreachable, display.Find("[role=alert]").TextContent.Trim());
        Assert.DoesNotContain("Connection refused", display.Markup);
    }

    [Fact]
    public void AnUnexpectedServerFailureNeverShowsItsTextOrStackTrace()
    {
        var display = Show(new GraphQLClientError(
            "System.NullReferenceException: Object reference not set to an instance of an object.\n   at TelcoX.GraphQL.Billing.Pay()",
            "INTERNAL_SERVER_ERROR", null));

        Assert.Contains(ErrorMessages.Unexpected, display.Markup);
        Assert.DoesNotContain("NullReference", display.Markup);
        Assert.DoesNotContain("TelcoX.GraphQL", display.Markup);
    }

    [Theory]
    [InlineData(null, "Field 'cusomers' does not exist on type 'Query'.")]
    [InlineData("FIELDS_ON_CORRECT_TYPE", "Field 'cusomers' does not exist on type 'Query'.")]
    [InlineData("NOT_FOUND", "line one\n   at Some.Method()")]
    public void RawGraphQLTextBecomesTheGenericSentence(string? code, string message)
    {
        var display = Show(new GraphQLClientError(message, code, null));

        Assert.Equal(ErrorMessages.Unexpected, display.Find("[role=alert]").TextContent.Trim());
    }

    [Fact]
    public void LoginThrottlingAsksToWaitAMinute()
    {
        var display = Show(new GraphQLClientError("Too many sign-in attempts; try again later", "RATE_LIMITED", null));

        Assert.Equal(ErrorMessages.TooManySignIns, display.Find("[role=alert]").TextContent.Trim());
    }

    [Fact]
    public void ADomainRuleShowsTheApisOwnMessage()
    {
        var display = Show(new GraphQLClientError("Cliente no encontrado", "NOT_FOUND", null));

        Assert.Equal("Cliente no encontrado", display.Find("[role=alert]").TextContent.Trim());
    }

    [Fact]
    public void AnExpiredSessionOffersToSignInAgain()
    {
        var display = Show(new GraphQLClientError("The bearer token or API key is invalid or expired.", "UNAUTHENTICATED", null));

        Assert.Contains(ErrorMessages.SessionExpired, display.Markup);
        Assert.StartsWith("/account/signin?returnUrl=", display.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void PayloadMessagesAreListedAsGivenAndRepeatsOnce()
    {
        var display = Render<ErrorDisplay>(p => p
            .Add(c => c.Messages, ["Insufficient inventory", "Product not found", "Insufficient inventory"]));

        Assert.Equal(["Insufficient inventory", "Product not found"], display.FindAll("li").Select(li => li.TextContent));
    }

    [Fact]
    public void NothingWrongShowsNothing()
    {
        var display = Render<ErrorDisplay>(p => p.Add(c => c.Errors, []).Add(c => c.Messages, null));

        Assert.Empty(display.FindAll("[role=alert]"));
    }
}

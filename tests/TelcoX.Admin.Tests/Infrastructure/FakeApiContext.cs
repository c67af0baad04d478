using System.Text.Encodings.Web;
using System.Text.Json;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.Admin.GraphQL;
using TelcoX.Client;

namespace TelcoX.Admin.Tests.Infrastructure;

/// <summary>
/// A bunit context whose pages talk to the real generated <see cref="TelcoXClient"/> over a <see cref="FakeApi"/>:
/// JSON in as the API would answer, the rendered page out.
/// </summary>
public abstract class FakeApiContext : BunitContext
{
    protected FakeApiContext()
    {
        Services.AddSingleton(new TelcoXClient(Api));
        Services.AddSingleton(ShortLiveFeed.Create());
    }

    protected FakeApi Api { get; } = new();

    /// <summary>How long a test waits for what a push or a click sets off: generous, as the suite shares two busy cores.</summary>
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>How long a live page pauses before it listens again after its feed dropped.</summary>
    protected static TimeSpan LiveFeedPause => ShortLiveFeed.Pause;

    /// <summary>The variables of the last request for an operation, as the real transport writes them (nulls left out).</summary>
    protected string Sent(string operation) =>
        JsonSerializer.Serialize(Api.Requests.Last(r => r.Operation.Name == operation).Variables, Readable);

    // The transport's settings, with accents left readable in assertions.
    private static readonly JsonSerializerOptions Readable = new(GraphQLJson.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Opens the page at an address, so that its [SupplyParameterFromQuery] parameters are set as in a browser.</summary>
    protected void NavigateTo(string relativeUri) =>
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo(relativeUri);

    /// <summary>Where the page sent the browser (query strings included), relative to the base.</summary>
    protected string Location
    {
        get
        {
            var navigation = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
            return navigation.ToBaseRelativePath(navigation.Uri);
        }
    }
}

using Microsoft.Extensions.Options;
using TelcoX.Admin.Components.Shared;

namespace TelcoX.Admin.Tests.Infrastructure;

/// <summary>The live pages' feed with its pause before listening again cut from 3 s, which the tests would wait out.</summary>
public static class ShortLiveFeed
{
    public static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);

    public static LiveFeed Create() => new(Options.Create(new LiveFeedOptions { RetryDelay = Pause }));
}

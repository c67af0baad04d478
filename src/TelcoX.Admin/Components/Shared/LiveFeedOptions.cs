namespace TelcoX.Admin.Components.Shared;

/// <summary>Settings of <see cref="LiveFeed"/> (section "LiveFeed"); the component tests shorten the pause.</summary>
public sealed class LiveFeedOptions
{
    /// <summary>How long a page waits before listening again after its feed dropped.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(3);
}

using Microsoft.Extensions.Internal;

namespace TelcoX.GraphQL.Auth;

/// <summary>The registered <see cref="TimeProvider"/> as a memory cache's clock, so cached entries expire on the one clock.</summary>
internal sealed class TimeProviderClock(TimeProvider time) : ISystemClock
{
    public DateTimeOffset UtcNow => time.GetUtcNow();
}

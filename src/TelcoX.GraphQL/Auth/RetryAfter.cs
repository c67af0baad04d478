namespace TelcoX.GraphQL.Auth;

/// <summary>A wait as people read it: "30 seconds", "1 minute", "15 minutes" (rounded up, never "0").</summary>
public static class RetryAfter
{
    public static string Describe(TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        if (seconds < 120)
            return seconds == 1 ? "1 second" : $"{seconds} seconds";
        var minutes = (int)Math.Ceiling(seconds / 60.0);
        return $"{minutes} minutes";
    }
}

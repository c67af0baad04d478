using System.Text.Json;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Usage.UsageMutationDocuments;

namespace TelcoX.GraphQL.Tests.Usage;

/// <summary>
/// A burst of recordUsageEvent requests sent at once over HTTP: mostly good events spread over some
/// lines, with bad ones mixed in. <see cref="Kind"/> says what each request is, so a test can check
/// each answer and the rows against it.
/// </summary>
public sealed class UsageBurst
{
    public enum Kind { Good, UnknownMsisdn, NoActivePlan, BadBytes, RepeatOfPrevious, SameIdOnOtherLine }

    public sealed record Request(int Index, Kind Kind, string Msisdn, string Category, long Bytes, string EventId);

    private static readonly string[] Categories = ["SOCIAL", "ENTERTAINMENT", "SYSTEM_UPDATES", "NAVIGATION_SEARCH"];

    public required IReadOnlyList<Request> Requests { get; init; }

    /// <summary>Every 25 requests: one of each bad kind; a repeat and a stolen id copy the request just before them.</summary>
    public static UsageBurst Plan(int count, IReadOnlyList<string> lines, string noPlanLine)
    {
        var run = TestRows.Unique();
        var requests = new List<Request>(count);
        for (var i = 0; i < count; i++)
        {
            var good = new Request(i, Kind.Good, lines[i % lines.Count], Categories[i % 4], 1_000 + i, $"burst-{run}-{i}");
            requests.Add((i % 25) switch
            {
                3 => good with { Kind = Kind.UnknownMsisdn, Msisdn = "+1999" + TestRows.Unique() },
                5 => good with { Kind = Kind.NoActivePlan, Msisdn = noPlanLine },
                7 => good with { Kind = Kind.BadBytes, Bytes = 0 },
                9 => requests[i - 1] with { Index = i, Kind = Kind.RepeatOfPrevious },
                11 => good with { Kind = Kind.SameIdOnOtherLine, EventId = requests[i - 1].EventId },
                _ => good,
            });
        }
        return new UsageBurst { Requests = requests };
    }

    /// <summary>Sends every request at once and returns each one's payload, in request order.</summary>
    public async Task<JsonElement[]> SendAsync(HttpClient client) =>
        await Task.WhenAll(Requests.Select(async r => (await client.QueryDataAsync(RecordUsageEventMutation,
            new { input = new { msisdn = r.Msisdn, category = r.Category, bytes = r.Bytes, eventId = r.EventId } })).GetProperty("recordUsageEvent")));
}

using System.Text.Json;
using TelcoX.GraphQL.Usage;
using static TelcoX.GraphQL.Tests.Infrastructure.PayloadAssert;
using static TelcoX.GraphQL.Tests.Usage.UsageBurst;

namespace TelcoX.GraphQL.Tests.Usage;

/// <summary>Each answer of a <see cref="UsageBurst"/> checked against its own request.</summary>
public static class UsageBurstAnswers
{
    public static void AssertAnswer(Request request, JsonElement payload, JsonElement[] payloads)
    {
        switch (request.Kind)
        {
            case Kind.UnknownMsisdn:
                SingleError(payload, "NotFoundError", "Cliente no encontrado", "NOT_FOUND");
                break;
            case Kind.NoActivePlan:
                SingleError(payload, "NotFoundError", "No active data plan for this phone_number", "NOT_FOUND");
                break;
            case Kind.BadBytes:
                SingleError(payload, "ValidationError", $"bytes must be between 1 and {UsageRecording.MaxBytes}", "BAD_USER_INPUT", "bytes");
                break;
            case Kind.RepeatOfPrevious:
            {
                // Either may have been queued first; the one counted is the one stored, the other answers it.
                var (first, repeat) = Ordered(payloads[request.Index - 1], payload);
                Succeeded(repeat);
                Assert.Equal(EventOf(first).GetProperty("id").GetInt64(), EventOf(repeat).GetProperty("id").GetInt64());
                Assert.True(Used(repeat) >= Used(first));
                break;
            }
            case Kind.SameIdOnOtherLine:
            {
                var (_, refused) = Ordered(payloads[request.Index - 1], payload);
                SingleError(refused, "ConflictError", $"eventId {request.EventId} was already used for another line", "CONFLICT", "eventId");
                break;
            }
            case Kind.Good when request.Index % 25 is not (8 or 10): // those two are the first of a pair, checked with it
                Succeeded(payload);
                Assert.True(payload.GetProperty("counted").GetBoolean());
                Assert.Equal((request.EventId, request.Bytes, request.Category),
                    (EventOf(payload).GetProperty("eventId").GetString(), EventOf(payload).GetProperty("bytes").GetInt64(), EventOf(payload).GetProperty("category").GetString()));
                break;
        }
    }

    /// <summary>Of two requests with one event id, exactly one is counted: that one first, then the other.</summary>
    private static (JsonElement Counted, JsonElement Other) Ordered(JsonElement a, JsonElement b)
    {
        Assert.Single(new[] { a, b }, p => p.GetProperty("counted").GetBoolean());
        Succeeded(a.GetProperty("counted").GetBoolean() ? a : b);
        return a.GetProperty("counted").GetBoolean() ? (a, b) : (b, a);
    }

    public static JsonElement EventOf(JsonElement payload) => payload.GetProperty("usageEvent");

    private static long Used(JsonElement payload) => payload.GetProperty("dataPlan").GetProperty("usedBytes").GetInt64();

    public static Dictionary<string, long> Usage(JsonElement plan) =>
        plan.GetProperty("usage").EnumerateArray().ToDictionary(u => u.GetProperty("category").GetString()!, u => u.GetProperty("totalBytes").GetInt64());
}

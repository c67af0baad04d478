using System.Text.Json;

namespace TelcoX.Bench.Floor;

public sealed record UsageInput(string Msisdn, string Category, long Bytes)
{
    /// <summary>{ "msisdn": "…", "category": "SOCIAL", "bytes": 1000 }; the category as GraphQL spells it.</summary>
    public static UsageInput From(JsonElement body) =>
        new(body.GetProperty("msisdn").GetString()!, body.GetProperty("category").GetString()!, body.GetProperty("bytes").GetInt64());

    public (string Stored, string Column) Storage => Category switch
    {
        "SOCIAL" => ("Social", "SocialBytes"),
        "ENTERTAINMENT" => ("Entertainment", "EntertainmentBytes"),
        "SYSTEM_UPDATES" => ("SystemUpdates", "SystemUpdatesBytes"),
        "NAVIGATION_SEARCH" => ("NavigationSearch", "NavigationSearchBytes"),
        _ => throw new BadHttpRequestException("unknown category"),
    };
}

public sealed record RecordedUsage(long EventId, long UsedBytes);

/// <summary>P5: recordUsageEvent's transaction — lock the plan, read it, insert, add, read back — in raw SQL.</summary>
public static class UsageFloor
{
    public static async Task<RecordedUsage> RecordAsync(FloorDatabase db, UsageInput input, CancellationToken ct)
    {
        var (stored, column) = input.Storage;
        await using var connection = await db.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (await connection.Command(UsageSql.LockPlan, transaction, ("@__msisdn_0", input.Msisdn)).ExecuteNonQueryAsync(ct) == 0)
            throw new BadHttpRequestException("no active data plan");
        var lineId = Convert.ToInt32(await connection.Command(UsageSql.LineId, transaction, ("@__msisdn_0", input.Msisdn)).ExecuteScalarAsync(ct));
        int planId;
        await using (var plan = await connection.Command(SummarySql.ActiveDataPlan, transaction, ("@__phoneLineId_0", lineId)).ExecuteReaderAsync(ct))
        {
            await plan.ReadAsync(ct);
            planId = plan.GetInt32(0);
        }
        var insert = connection.Command(UsageSql.Insert, transaction,
            ("@p0", input.Bytes), ("@p1", stored), ("@p2", planId), ("@p3", DBNull.Value), ("@p4", DateTime.UtcNow), ("@p5", lineId));
        var eventId = Convert.ToInt64(await insert.ExecuteScalarAsync(ct));
        await connection.Command(UsageSql.AddBytes(column), transaction, ("@__bytes_1", input.Bytes), ("@__planId_0", planId)).ExecuteNonQueryAsync(ct);
        long usedBytes;
        await using (var after = await connection.Command(UsageSql.PlanAfter, transaction, ("@__plan_Id_0", planId)).ExecuteReaderAsync(ct))
        {
            await after.ReadAsync(ct);
            usedBytes = after.GetInt64(10);
        }
        await transaction.CommitAsync(ct);
        return new RecordedUsage(eventId, usedBytes);
    }

    /// <summary>{ counted usageEvent { id } dataPlan { usedBytes } }.</summary>
    public static void Write(Utf8JsonWriter writer, RecordedUsage recorded)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("data");
        writer.WriteStartObject("recordUsageEvent");
        writer.WriteBoolean("counted", true);
        writer.WriteStartObject("usageEvent");
        writer.WriteNumber("id", recorded.EventId);
        writer.WriteEndObject();
        writer.WriteStartObject("dataPlan");
        writer.WriteNumber("usedBytes", recorded.UsedBytes);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}

using System.Text.Json;
using MySqlConnector;

namespace TelcoX.Bench.Floor;

/// <summary>P2: customerSummary's SQL on one connection, written as the JSON the benchmark's query selects.</summary>
public static class SummaryFloor
{
    public static async Task WriteAsync(FloorDatabase db, string msisdn, Utf8JsonWriter writer, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        writer.WriteStartObject();
        writer.WriteStartObject("data");
        writer.WritePropertyName("customerSummary");
        int lineId;
        decimal? fee = null;
        int? includedMinutes = null;
        await using (var line = await connection.Command(SummarySql.Line, null, ("@__msisdn_0", msisdn)).ExecuteReaderAsync(ct))
        {
            if (!await line.ReadAsync(ct))
            {
                writer.WriteNullValue();
                writer.WriteEndObject();
                writer.WriteEndObject();
                return;
            }
            lineId = line.GetInt32(0);
            writer.WriteStartObject();
            writer.WriteStartObject("customer");
            writer.WriteString("name", line.GetString(11));
            writer.WriteString("contractNumber", line.GetString(7));
            writer.WriteEndObject();
            writer.WriteStartObject("line");
            writer.WriteString("msisdn", line.GetString(3));
            writer.WriteEndObject();
            if (!line.IsDBNull(13))
                (fee, includedMinutes) = (line.GetDecimal(16), line.GetInt32(15));
            if (line.IsDBNull(18)) writer.WriteNull("balance"); else writer.WriteNumber("balance", line.GetDecimal(19));
            if (fee is { } f) writer.WriteNumber("balanceLimit", f); else writer.WriteNull("balanceLimit");
            if (line.IsDBNull(18)) writer.WriteNull("minutes"); else writer.WriteNumber("minutes", line.GetInt32(21));
            if (includedMinutes is { } m) writer.WriteNumber("minutesLimit", m); else writer.WriteNull("minutesLimit");
        }
        await using (var plan = await connection.Command(SummarySql.ActiveDataPlan, null, ("@__phoneLineId_0", lineId)).ExecuteReaderAsync(ct))
        {
            writer.WritePropertyName("dataPlan");
            if (await plan.ReadAsync(ct)) DataPlanJson.Write(writer, plan); else writer.WriteNullValue();
        }
        await using (var invoices = await connection.Command(SummarySql.UnpaidInvoices, null, ("@__line_Id_0", lineId)).ExecuteReaderAsync(ct))
        {
            writer.WriteStartArray("unpaidInvoices");
            var now = DateTime.UtcNow;
            while (await invoices.ReadAsync(ct))
            {
                writer.WriteStartObject();
                writer.WriteString("number", invoices.GetString(5));
                writer.WriteNumber("total", invoices.GetDecimal(13));
                writer.Timestamp("dueDate", invoices.GetDateTime(3));
                writer.WriteString("status", invoices.GetDateTime(3) < now ? "OVERDUE" : "UNPAID");
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        await using (var events = await connection.Command(SummarySql.LatestEvents, null, ("@__line_Id_0", lineId), ("@__p_1", 10)).ExecuteReaderAsync(ct))
        {
            writer.WriteStartArray("latestEvents");
            while (await events.ReadAsync(ct))
            {
                writer.WriteStartObject();
                writer.WriteNumber("id", events.GetInt64(0));
                writer.WriteString("category", JsonAnswer.EnumName(events.GetString(2)));
                writer.WriteNumber("bytes", events.GetInt64(1));
                writer.Timestamp("occurredAt", events.GetDateTime(5));
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}

public static class DataPlanJson
{
    /// <summary>limitBytes usedBytes percentUsed usage { category totalBytes }, from ActiveDataPlan's columns.</summary>
    public static void Write(Utf8JsonWriter writer, MySqlDataReader plan)
    {
        var limit = plan.GetInt64(4);
        var used = plan.GetInt64(10);
        writer.WriteStartObject();
        writer.WriteNumber("limitBytes", limit);
        writer.WriteNumber("usedBytes", used);
        writer.WriteNumber("percentUsed", limit == 0 ? 0m : Math.Round(used * 100m / limit, 2, MidpointRounding.AwayFromZero));
        writer.WriteStartArray("usage");
        Category(writer, "SOCIAL", plan.GetInt64(7));
        Category(writer, "ENTERTAINMENT", plan.GetInt64(1));
        Category(writer, "SYSTEM_UPDATES", plan.GetInt64(9));
        Category(writer, "NAVIGATION_SEARCH", plan.GetInt64(5));
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Category(Utf8JsonWriter writer, string name, long bytes)
    {
        writer.WriteStartObject();
        writer.WriteString("category", name);
        writer.WriteNumber("totalBytes", bytes);
        writer.WriteEndObject();
    }
}

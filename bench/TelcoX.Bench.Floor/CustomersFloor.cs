using System.Text;
using System.Text.Json;

namespace TelcoX.Bench.Floor;

/// <summary>
/// P3: customers(first: n) { nodes { id name contractNumber lines { msisdn plan { name monthlyFee }
/// consumption { balance dataMb minutes } } } pageInfo { hasNextPage endCursor } } — the API's four
/// statements (page, lines, consumptions, plans; only the selected columns, ids inlined as EF inlines
/// them), stitched in memory.
/// </summary>
public static class CustomersFloor
{
    private const string Page = """
        SELECT `c`.`ContractNumber`, `c`.`Id`, `c`.`Name`
        FROM `Customers` AS `c`
        WHERE @__ef_filter__p_1
        ORDER BY `c`.`Id`
        LIMIT @__p_0
        """;

    private sealed record Customer(int Id, string Name, string ContractNumber);
    private sealed record Line(int Id, int CustomerId, string Msisdn, int? PlanId);
    private sealed record Consumption(decimal Balance, decimal DataMb, int Minutes);
    private sealed record Plan(string Name, decimal MonthlyFee);

    public static async Task WriteAsync(FloorDatabase db, int first, Utf8JsonWriter writer, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var customers = new List<Customer>(first + 1);
        await using (var reader = await connection.Command(Page, null, ("@__p_0", first + 1)).ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                customers.Add(new Customer(reader.GetInt32(1), reader.GetString(2), reader.GetString(0)));
        var hasNext = customers.Count > first;
        if (hasNext)
            customers.RemoveAt(first);

        var lines = new List<Line>();
        await using (var reader = await connection.Command(
            $"SELECT `p`.`CustomerId`, `p`.`Id`, `p`.`Msisdn`, `p`.`PlanId`\nFROM `PhoneLines` AS `p`\nWHERE @__ef_filter__p_1 AND `p`.`CustomerId` IN ({InList(customers.Select(c => c.Id))})\nORDER BY `p`.`Id`").ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                lines.Add(new Line(reader.GetInt32(1), reader.GetInt32(0), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetInt32(3)));

        var consumptions = new Dictionary<int, Consumption>();
        await using (var reader = await connection.Command(
            $"SELECT `c`.`Balance`, `c`.`DataMb`, `c`.`Id`, `c`.`Minutes`, `c`.`PhoneLineId`\nFROM `Consumptions` AS `c`\nINNER JOIN (\n    SELECT `p`.`Id`, `p`.`CustomerId`\n    FROM `PhoneLines` AS `p`\n    WHERE @__ef_filter__p_1\n) AS `p0` ON `c`.`PhoneLineId` = `p0`.`Id`\nWHERE @__ef_filter__p_1 AND `c`.`PhoneLineId` IN ({InList(lines.Select(l => l.Id))})").ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                consumptions[reader.GetInt32(4)] = new Consumption(reader.GetDecimal(0), reader.GetDecimal(1), reader.GetInt32(3));

        var plans = new Dictionary<int, Plan>();
        var planIds = lines.Where(l => l.PlanId is not null).Select(l => l.PlanId!.Value).Distinct().ToList();
        if (planIds.Count > 0)
            await using (var reader = await connection.Command(
                $"SELECT `p`.`Id`, `p`.`MonthlyFee`, `p`.`Name`\nFROM `Plans` AS `p`\nWHERE `p`.`Id` IN ({InList(planIds)})").ExecuteReaderAsync(ct))
                while (await reader.ReadAsync(ct))
                    plans[reader.GetInt32(0)] = new Plan(reader.GetString(2), reader.GetDecimal(1));

        var linesByCustomer = lines.ToLookup(l => l.CustomerId);
        writer.WriteStartObject();
        writer.WriteStartObject("data");
        writer.WriteStartObject("customers");
        writer.WriteStartArray("nodes");
        foreach (var customer in customers)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", customer.Id);
            writer.WriteString("name", customer.Name);
            writer.WriteString("contractNumber", customer.ContractNumber);
            writer.WriteStartArray("lines");
            foreach (var line in linesByCustomer[customer.Id])
                WriteLine(writer, line, consumptions, plans);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartObject("pageInfo");
        writer.WriteBoolean("hasNextPage", hasNext);
        if (customers.Count > 0) writer.WriteString("endCursor", Cursor(customers[^1].Id)); else writer.WriteNull("endCursor");
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteLine(Utf8JsonWriter writer, Line line, Dictionary<int, Consumption> consumptions, Dictionary<int, Plan> plans)
    {
        writer.WriteStartObject();
        writer.WriteString("msisdn", line.Msisdn);
        writer.WritePropertyName("plan");
        if (line.PlanId is { } planId && plans.TryGetValue(planId, out var plan))
        {
            writer.WriteStartObject();
            writer.WriteString("name", plan.Name);
            writer.WriteNumber("monthlyFee", plan.MonthlyFee);
            writer.WriteEndObject();
        }
        else
            writer.WriteNullValue();
        writer.WritePropertyName("consumption");
        if (consumptions.TryGetValue(line.Id, out var consumption))
        {
            writer.WriteStartObject();
            writer.WriteNumber("balance", consumption.Balance);
            writer.WriteNumber("dataMb", consumption.DataMb);
            writer.WriteNumber("minutes", consumption.Minutes);
            writer.WriteEndObject();
        }
        else
            writer.WriteNullValue();
        writer.WriteEndObject();
    }

    private static string InList(IEnumerable<int> ids) => string.Join(", ", ids.DefaultIfEmpty(0));

    private static string Cursor(int id) => Convert.ToBase64String(Encoding.UTF8.GetBytes($$"""{"O":"id","K":[{{id}}]}"""));
}

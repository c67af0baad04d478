using System.Text.Json;

namespace TelcoX.Bench.Floor;

public static class FloorEndpoints
{
    private static readonly byte[] Typename = """{"data":{"__typename":"Query"}}"""u8.ToArray();

    public static void MapFloorEndpoints(this WebApplication app)
    {
        // P1: read the request, write the same JSON the API answers to { __typename }.
        app.MapPost("/typename", async (HttpContext http) =>
        {
            await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
            http.Response.ContentType = "application/graphql-response+json; charset=utf-8";
            await http.Response.Body.WriteAsync(Typename, http.RequestAborted);
        });
        app.MapPost("/summary", async (HttpContext http, FloorDatabase db) =>
        {
            var request = await ReadAsync(http);
            await JsonAnswer.WriteAsync(http, writer => SummaryFloor.WriteAsync(db, request.GetProperty("msisdn").GetString()!, writer, http.RequestAborted));
        });
        app.MapPost("/customers", async (HttpContext http, FloorDatabase db) =>
        {
            var request = await ReadAsync(http);
            await JsonAnswer.WriteAsync(http, writer => CustomersFloor.WriteAsync(db, request.GetProperty("first").GetInt32(), writer, http.RequestAborted));
        });
        app.MapPost("/usage", async (HttpContext http, FloorDatabase db) =>
        {
            var input = UsageInput.From(await ReadAsync(http));
            await JsonAnswer.WriteAsync(http, async writer => UsageFloor.Write(writer, await UsageFloor.RecordAsync(db, input, http.RequestAborted)));
        });
        // P6: the usage event, then one snapshot read and sent to every subscriber of the line.
        app.MapPost("/publish", async (HttpContext http, FloorDatabase db, FloorFanOut fanOut) =>
        {
            var input = UsageInput.From(await ReadAsync(http));
            var recorded = await UsageFloor.RecordAsync(db, input, http.RequestAborted);
            await fanOut.PublishAsync(db, input.Msisdn, http.RequestAborted);
            await JsonAnswer.WriteAsync(http, writer => { UsageFloor.Write(writer, recorded); return Task.CompletedTask; });
        });
        // P7: bills a period by hand and answers how many invoices it issued.
        app.MapPost("/billing", async (HttpContext http, FloorDatabase db) =>
        {
            var period = (await ReadAsync(http)).GetProperty("period").GetString()!;
            return Results.Json(new { issued = await BillingFloor.RunAsync(db, period, http.RequestAborted) });
        });
        app.Map("/ws", (HttpContext http, FloorFanOut fanOut) => fanOut.AcceptAsync(http));
    }

    private static async Task<JsonElement> ReadAsync(HttpContext http)
    {
        using var document = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
        return document.RootElement.Clone();
    }
}

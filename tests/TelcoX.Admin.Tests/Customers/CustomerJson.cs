namespace TelcoX.Admin.Tests.Customers;

/// <summary>API answers as JSON, shaped like the admin's customer operations select them.</summary>
public static class CustomerJson
{
    public static string Page(bool hasNext = false, bool hasPrevious = false, params (int Id, string Name)[] customers) => $$"""
        { "customers": {
            "totalCount": {{customers.Length}},
            "pageInfo": { "hasNextPage": {{Bool(hasNext)}}, "hasPreviousPage": {{Bool(hasPrevious)}}, "startCursor": "start-{{customers.FirstOrDefault().Id}}", "endCursor": "end-{{customers.LastOrDefault().Id}}" },
            "nodes": [{{string.Join(",", customers.Select(c => $$"""
                { "id": {{c.Id}}, "name": "{{c.Name}}", "serviceType": "prepago", "contractNumber": "CN-{{c.Id:0000000}}",
                  "createdAt": "2025-01-15T00:00:00Z",
                  "lines": [{ "msisdn": "59398887{{c.Id:0000}}", "productType": "MOVIL", "consumption": { "balance": 10.50 } }] }
                """))}}]
        } }
        """;

    public const string Jesus = """
        { "customer": {
            "id": 3, "name": "Jesus Jacome", "dni": "0929668846", "email": "jesus.jacome@telcox.dev", "serviceType": "postpago",
            "contractNumber": "CN-0000003", "createdAt": "2025-04-10T00:00:00Z",
            "lines": [{
                "id": 3, "msisdn": "0969786985", "productType": "MOVIL",
                "plan": { "name": "Móvil 30", "monthlyFee": 30.00, "dataMb": 30720, "minutes": 600 },
                "consumption": { "balance": 12.75, "dataMb": 30716.50, "minutes": 320, "updatedAt": "2026-11-24T18:50:35Z" },
                "dataPlans": [{ "id": 1, "limitBytes": 32212254720, "usedBytes": 3670016, "percentUsed": 0.01, "isActive": true,
                    "expired": false, "expiresAt": "2026-12-21T18:50:35Z",
                    "usage": [{ "category": "SOCIAL", "totalBytes": 1048576 }, { "category": "ENTERTAINMENT", "totalBytes": 2097152 },
                              { "category": "SYSTEM_UPDATES", "totalBytes": 0 }, { "category": "NAVIGATION_SEARCH", "totalBytes": 524288 }] }]
            }],
            "invoices": { "totalCount": 1, "nodes": [{ "number": "FAC-2025-06-00002", "period": "2025-06", "msisdn": "0969786985",
                "total": 31.60, "status": "PAID", "dueDate": "2025-07-01T00:00:00Z", "paidAt": "2025-06-28T09:15:00Z", "paymentMethod": "TRANSFERENCIA" }] },
            "channels": [{ "id": 7, "kind": "EMAIL", "content": "Factura FAC-2025-06-00002 enviada", "timestamp": "2025-06-28T10:00:00Z" }],
            "transactions": [{ "id": 2, "kind": "PAYMENT", "amount": 31.60, "description": "Pago de la factura FAC-2025-06-00002",
                "reference": "FAC-2025-06-00002", "occurredAt": "2025-06-28T09:15:00Z" }]
        } }
        """;

    public static string Snapshot(decimal balance, long socialBytes) => $$"""
        { "onUsageUpdated": {
            "msisdn": "0969786985",
            "consumption": { "balance": {{balance.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "dataMb": 30716.50, "minutes": 320, "updatedAt": "2026-11-24T19:00:00Z" },
            "dataPlan": { "id": 1, "limitBytes": 32212254720, "usedBytes": 3670016, "percentUsed": 0.02, "isActive": true, "expired": false,
                "expiresAt": "2026-12-21T18:50:35Z",
                "usage": [{ "category": "SOCIAL", "totalBytes": {{socialBytes}} }, { "category": "ENTERTAINMENT", "totalBytes": 2097152 },
                          { "category": "SYSTEM_UPDATES", "totalBytes": 0 }, { "category": "NAVIGATION_SEARCH", "totalBytes": 524288 }] }
        } }
        """;

    private static string Bool(bool value) => value ? "true" : "false";
}

using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Channels;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Billing.BillingApi;

namespace TelcoX.GraphQL.Tests.Billing;

public sealed class SendInvoiceByEmailTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task SendingRecordsAnEmailChannelWithTheInvoiceDetails()
    {
        var rows = await BillingRows.ArrangeAsync(api, dueDate: new DateTime(2025, 8, 1, 0, 0, 0, DateTimeKind.Utc), subtotal: 30.00m, tax: 3.60m, discount: 2.00m);

        var payload = await api.MutateAsync(SendInvoiceByEmailMutation, new { invoiceNumber = rows.Invoice.Number });

        PayloadAssert.Succeeded(payload);
        var channel = payload.GetProperty("channel");
        Assert.Equal("EMAIL", channel.GetProperty("kind").GetString());
        Assert.Equal(rows.Customer.Id, channel.GetProperty("customer").GetProperty("id").GetInt32());
        var expected = $"Enviada a {rows.Customer.Email}. Factura {rows.Invoice.Number}: periodo 2025-07, total 31.60, vence 2025-08-01, estado VENCIDA.";
        Assert.Equal(expected, channel.GetProperty("content").GetString());
        await using var db = api.CreateDbContext();
        var stored = await db.Channels.SingleAsync(c => c.Id == channel.GetProperty("id").GetInt32());
        Assert.Equal((ChannelKind.Email, expected), (stored.Kind, stored.Content));
    }

    [Fact]
    public async Task ALongAddressIsLeftOutSoTheContentFits255Characters()
    {
        var rows = await BillingRows.ArrangeAsync(api, status: InvoiceStatus.Paid);
        await using (var db = api.CreateDbContext())
            await db.Customers.Where(c => c.Id == rows.Customer.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Email, new string('a', 240) + "@example.test"));

        var payload = await api.MutateAsync(SendInvoiceByEmailMutation, new { invoiceNumber = rows.Invoice.Number });

        var content = payload.GetProperty("channel").GetProperty("content").GetString()!;
        Assert.StartsWith($"Factura {rows.Invoice.Number}:", content);
        Assert.EndsWith("estado PAGADA.", content);
        Assert.True(content.Length <= 255);
    }

    [Fact]
    public async Task ACustomerWithoutAnAddressOrAnUnknownInvoiceIsRefusedAndNothingIsRecorded()
    {
        var rows = await BillingRows.ArrangeAsync(api);
        await using (var db = api.CreateDbContext())
            await db.Customers.Where(c => c.Id == rows.Customer.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Email, (string?)null));
        var before = await DatabaseSnapshot.ReadAsync(api);

        PayloadAssert.SingleError(await api.MutateAsync(SendInvoiceByEmailMutation, new { invoiceNumber = rows.Invoice.Number }),
            "ConflictError", $"Customer {rows.Customer.ContractNumber} has no e-mail address", "CONFLICT", "invoiceNumber");
        PayloadAssert.SingleError(await api.MutateAsync(SendInvoiceByEmailMutation, new { invoiceNumber = "T-NOPE" }), "NotFoundError", "Invoice T-NOPE not found", "NOT_FOUND");
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }
}

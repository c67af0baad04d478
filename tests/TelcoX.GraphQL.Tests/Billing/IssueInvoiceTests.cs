using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Billing;
using TelcoX.GraphQL.Notifications;
using TelcoX.GraphQL.Tests.Infrastructure;
using static TelcoX.GraphQL.Tests.Billing.BillingApi;

namespace TelcoX.GraphQL.Tests.Billing;

public sealed class IssueInvoiceTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task AnIssuedInvoiceIsUnpaidWithTheServersTotalAndANumberLikeTheDemoData()
    {
        var rows = await BillingRows.ArrangeAsync(api);

        var payload = await api.MutateAsync(IssueInvoiceMutation, new
        {
            contractNumber = rows.Customer.ContractNumber, msisdn = rows.Line.Msisdn, period = "2099-08",
            subtotal = 30.00m, tax = 3.60m, discount = 2.00m, dueDate = "2099-09-01T00:00:00Z",
        });

        PayloadAssert.Succeeded(payload);
        var invoice = payload.GetProperty("invoice");
        var number = invoice.GetProperty("number").GetString()!;
        Assert.Matches(new Regex("^FAC-2099-08-[0-9]{5,}$"), number);
        Assert.Equal(31.60m, invoice.GetProperty("total").GetDecimal());
        Assert.Equal("UNPAID", invoice.GetProperty("status").GetString());
        Assert.Equal(rows.Line.Msisdn, invoice.GetProperty("msisdn").GetString());
        Assert.Equal(rows.Customer.Id, invoice.GetProperty("customer").GetProperty("id").GetInt32());
        await using var db = api.CreateDbContext();
        var stored = await db.Invoices.SingleAsync(i => i.Number == number);
        Assert.Equal((30.00m, 3.60m, 2.00m, 31.60m), (stored.Subtotal, stored.Tax, stored.Discount, stored.Total));
        Assert.Equal(new DateTime(2099, 9, 1, 0, 0, 0, DateTimeKind.Utc), stored.DueDate);
        var note = await db.Notifications.SingleAsync(n => n.UserId == rows.User.Id);
        Assert.Equal(NotificationKind.InvoiceStatus, note.Kind);
        Assert.Contains(number, note.Message);
    }

    [Fact]
    public async Task ACustomerLevelInvoiceNeedsNoLineAndTheDiscountDefaultsToZero()
    {
        var rows = await BillingRows.ArrangeAsync(api);

        var payload = await api.MutateAsync(IssueInvoiceMutation, new
        {
            customerId = rows.Customer.Id, period = "2025-07", subtotal = 10m, tax = 0m, dueDate = "2025-08-01T00:00:00Z",
        });

        PayloadAssert.Succeeded(payload);
        Assert.Equal(10m, payload.GetProperty("invoice").GetProperty("total").GetDecimal());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, payload.GetProperty("invoice").GetProperty("msisdn").ValueKind);
    }

    [Fact]
    public async Task ASecondInvoiceForTheSameLineAndPeriodIsAConflictThatNamesTheFirst()
    {
        var rows = await BillingRows.ArrangeAsync(api);
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await api.MutateAsync(IssueInvoiceMutation, new
        {
            customerId = rows.Customer.Id, msisdn = rows.Line.Msisdn, period = "2025-07", subtotal = 10m, tax = 1m, dueDate = "2025-08-01T00:00:00Z",
        });

        PayloadAssert.SingleError(payload, "ConflictError",
            $"Line {rows.Line.Msisdn} of customer {rows.Customer.ContractNumber} already has invoice {rows.Invoice.Number} for period 2025-07", "CONFLICT", "period");
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    [Theory]
    [InlineData(null, null, "2025-07", 10, 1, 0, "customerId", "Give either customerId or contractNumber")]
    [InlineData(1, "CN-0000001", "2025-07", 10, 1, 0, "contractNumber", "Give either customerId or contractNumber")]
    [InlineData(0, null, "2025-7", 10, 1, 0, "period", "The period must be a month written YYYY-MM, from 2000-01")]
    [InlineData(0, null, "2025-13", 10, 1, 0, "period", "The period must be a month written YYYY-MM, from 2000-01")]
    [InlineData(0, null, "1999-12", 10, 1, 0, "period", "The period must be a month written YYYY-MM, from 2000-01")]
    [InlineData(0, null, "2025-07-01", 10, 1, 0, "period", "The period must be a month written YYYY-MM, from 2000-01")]
    [InlineData(0, null, "9999-12", 10, 1, 0, "period", "The period cannot be later than 9998-12")]
    [InlineData(0, null, "2025-07", 0, 1, 0, "subtotal", "The subtotal must be greater than 0")]
    [InlineData(0, null, "2025-07", -5, 1, 0, "subtotal", "The subtotal must be greater than 0")]
    [InlineData(0, null, "2025-07", 10.001, 1, 0, "subtotal", "The subtotal must have at most two decimal places and at most 9999999999.99")]
    [InlineData(0, null, "2025-07", 99999999999, 1, 0, "subtotal", "The subtotal must have at most two decimal places and at most 9999999999.99")]
    [InlineData(0, null, "2025-07", 9999999999.99, 1, 0, "subtotal", "The total cannot exceed 9999999999.99")]
    [InlineData(0, null, "2025-07", 10, -1, 0, "tax", "The tax cannot be negative")]
    [InlineData(0, null, "2025-07", 10, 1, -1, "discount", "The discount cannot be negative")]
    [InlineData(0, null, "2025-07", 10, 1, 11.01, "discount", "The discount cannot exceed subtotal plus tax")]
    public async Task InvalidInputIsRefusedNamingTheFieldAndWritesNothing(int? customer, string? contract, string period,
        double subtotal, double tax, double discount, string field, string message)
    {
        var rows = await BillingRows.ArrangeAsync(api);
        var before = await DatabaseSnapshot.ReadAsync(api);

        var payload = await api.MutateAsync(IssueInvoiceMutation, new
        {
            customerId = customer is 0 ? rows.Customer.Id : customer, contractNumber = contract, period,
            subtotal = (decimal)subtotal, tax = (decimal)tax, discount = (decimal)discount, dueDate = "2025-08-01T00:00:00Z",
        });

        PayloadAssert.SingleError(payload, "ValidationError", message, "BAD_USER_INPUT", field);
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    [Fact]
    public async Task ADiscountEqualToSubtotalPlusTaxMakesAZeroTotal()
    {
        var rows = await BillingRows.ArrangeAsync(api);

        var payload = await api.MutateAsync(IssueInvoiceMutation, new
        {
            customerId = rows.Customer.Id, period = "2025-09", subtotal = 10m, tax = 1.2m, discount = 11.2m, dueDate = "2025-10-01T00:00:00Z",
        });

        Assert.Equal(0m, payload.GetProperty("invoice").GetProperty("total").GetDecimal());
    }

    [Theory]
    [InlineData("2025-08-31T23:59:59Z", "The due date cannot precede the billed period")]
    [InlineData("2026-09-01T00:00:00Z", "The due date must fall within a year of the billed period")]
    [InlineData("9999-12-31T23:59:59.9999999Z", "The due date must fall within a year of the billed period")]
    public async Task ADueDateOutsideThePeriodsYearIsRefused(string dueDate, string message)
    {
        var rows = await BillingRows.ArrangeAsync(api);

        var payload = await api.MutateAsync(IssueInvoiceMutation, new
        {
            customerId = rows.Customer.Id, period = "2025-09", subtotal = 10m, tax = 1m, dueDate,
        });

        PayloadAssert.SingleError(payload, "ValidationError", message, "BAD_USER_INPUT", "dueDate");
    }

    [Fact]
    public async Task UnknownCustomersContractsAndLinesAreNotFound()
    {
        var rows = await BillingRows.ArrangeAsync(api);
        var other = await BillingRows.ArrangeAsync(api);
        var before = await DatabaseSnapshot.ReadAsync(api);
        object Input(int? id = null, string? contract = null, string? msisdn = null) =>
            new { customerId = id, contractNumber = contract, msisdn, period = "2025-10", subtotal = 10m, tax = 1m, dueDate = "2025-11-01T00:00:00Z" };

        PayloadAssert.SingleError(await api.MutateAsync(IssueInvoiceMutation, Input(id: 987654)), "NotFoundError", "El cliente con id 987654 no existe", "NOT_FOUND");
        PayloadAssert.SingleError(await api.MutateAsync(IssueInvoiceMutation, Input(contract: "T-NOPE")), "NotFoundError", "Contract T-NOPE not found", "NOT_FOUND");
        PayloadAssert.SingleError(await api.MutateAsync(IssueInvoiceMutation, Input(id: rows.Customer.Id, msisdn: "+1555000")), "NotFoundError", "Cliente no encontrado", "NOT_FOUND");
        PayloadAssert.SingleError(await api.MutateAsync(IssueInvoiceMutation, Input(id: rows.Customer.Id, msisdn: other.Line.Msisdn)), "ValidationError",
            $"Line {other.Line.Msisdn} does not belong to customer {rows.Customer.ContractNumber}", "BAD_USER_INPUT", "msisdn");
        Assert.Equal(before, await DatabaseSnapshot.ReadAsync(api));
    }

    [Fact]
    public async Task ConcurrentIssuesForOneLineAndPeriodCreateExactlyOneInvoice()
    {
        var rows = await BillingRows.ArrangeAsync(api);
        var input = new { customerId = rows.Customer.Id, msisdn = rows.Line.Msisdn, period = "2026-01", subtotal = 10m, tax = 1m, dueDate = "2026-02-01T00:00:00Z" };

        var payloads = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => api.CreateClient(Role.Admin).MutateAsync(IssueInvoiceMutation, input)));

        var (_, refused) = PayloadAssert.ExactlyOneSucceeded(payloads);
        Assert.All(refused, p => Assert.Equal("CONFLICT", p.GetProperty("errors")[0].GetProperty("code").GetString()));
        await using var db = api.CreateDbContext();
        Assert.Equal(1, await db.Invoices.CountAsync(i => i.CustomerId == rows.Customer.Id && i.Period == "2026-01"));
    }
}

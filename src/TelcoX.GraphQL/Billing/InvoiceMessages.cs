using System.Globalization;
using TelcoX.GraphQL.Data;

namespace TelcoX.GraphQL.Billing;

/// <summary>What a customer's users read when an invoice changes: one sentence per change, wherever it happens.</summary>
public static class InvoiceMessages
{
    public static string Issued(string number, string period, decimal total, DateTime dueDate) =>
        $"Tienes una nueva factura {number} del periodo {period} por {Money.Format(total)}; " +
        $"vence el {dueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.";

    public static string Overdue(string number, string period, decimal total, DateTime dueDate) =>
        $"Tu factura {number} del periodo {period} por {Money.Format(total)} venció el " +
        $"{dueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} y sigue pendiente de pago.";

    /// <summary>Invoice numbers come from their row id, so that concurrent issues never race for one.</summary>
    public static string Number(string period, int id) => string.Create(CultureInfo.InvariantCulture, $"FAC-{period}-{id:D5}");
}

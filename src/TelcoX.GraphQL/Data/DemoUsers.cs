using Microsoft.AspNetCore.Identity;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Notifications;
using TelcoX.GraphQL.Users;

namespace TelcoX.GraphQL.Data;

/// <summary>The README's demo accounts; the caller adds them in Development only.</summary>
public static class DemoUsers
{
    public const string Password = "TelcoX-demo-2026";
    public const string AdminEmail = "admin@telcox.dev";
    public const string AgentEmail = "agent@telcox.dev";
    public const string CustomerEmail = "jesus.jacome@telcox.dev";

    internal static void Add(DemoRows rows)
    {
        var jesus = rows.Line(DemoData.JesusMsisdn).Customer;
        var hasher = new PasswordHasher<User>();

        var admin = NewUser(rows, hasher, AdminEmail, UserRole.Admin, null);
        Notify(rows, admin, NotificationKind.InvoiceStatus, "Hay facturas vencidas pendientes de cobro en la cartera.", rows.Now.AddHours(-2), read: false);

        var agent = NewUser(rows, hasher, AgentEmail, UserRole.Agent, null);
        Notify(rows, agent, NotificationKind.LowBalance, "La línea 0934567890 (Carla M.) se quedó sin saldo.", rows.Now.AddHours(-6), read: false);
        Notify(rows, agent, NotificationKind.CouponStatus, "Un cupón de pago venció sin ser usado.", rows.Now.AddDays(-1), read: true);

        var customer = NewUser(rows, hasher, CustomerEmail, UserRole.Customer, jesus);
        var paid = jesus.Invoices.OrderBy(i => i.Period).ToList();
        foreach (var invoice in paid)
            Notify(rows, customer, NotificationKind.InvoiceStatus, $"Tu factura {invoice.Number} del periodo {invoice.Period} fue pagada.",
                invoice.PaidAt!.Value, read: invoice != paid[^1]);
    }

    private static User NewUser(DemoRows rows, PasswordHasher<User> hasher, string email, UserRole role, Customer? customer)
    {
        var user = new User { Email = email, PasswordHash = "", Role = role, Customer = customer, CreatedAt = rows.Now };
        user.PasswordHash = hasher.HashPassword(user, Password);
        rows.Users.Add(user);
        return user;
    }

    private static void Notify(DemoRows rows, User user, NotificationKind kind, string message, DateTime at, bool read) =>
        rows.Notifications.Add(new Notification
        {
            User = user, Kind = kind, Message = message, CreatedAt = at, IsRead = read, ReadAt = read ? at.AddHours(1) : null,
        });
}

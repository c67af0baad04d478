using TelcoX.GraphQL.Channels;
using TelcoX.GraphQL.Customers;

namespace TelcoX.GraphQL.Data;

public static partial class DemoData
{
    /// <summary>Two prepaid customers with fixed balance, data and minutes: the README's example reads 593988877766.</summary>
    private static void AddSeed000(DemoRows rows)
    {
        // No catalogue plan: prepaid credit only; Ecuadorian 5939… numbers are mobiles.
        var jhon = rows.AddCustomer("Jhon Doe", "prepago", Utc(2025, 1, 15));
        DemoRows.SetConsumption(rows.AddLine(jhon, "593988877766", ProductType.Movil, null, jhon.CreatedAt),
            10.50m, 1536.00m, 220, rows.Now);

        var lourdes = rows.AddCustomer("Lourdes Vargas", "prepago", Utc(2025, 2, 3));
        DemoRows.SetConsumption(rows.AddLine(lourdes, "593912345678", ProductType.Movil, null, lourdes.CreatedAt),
            7.75m, 1024.00m, 120, rows.Now);
    }

    /// <summary>Customers without lines, reached through channels only: two e-mails and a call.</summary>
    private static void AddSeed002(DemoRows rows)
    {
        var juan = rows.AddCustomer("Juan Pérez", "soporte", Utc(2024, 9, 1));
        juan.Channels.Add(new Channel { Kind = ChannelKind.Email, Content = "Correo de prueba", Timestamp = Utc(2024, 9, 8, 12, 0, 0) });

        var ana = rows.AddCustomer("Ana Gómez", "consultoría", Utc(2024, 9, 2));
        ana.Channels.Add(new Channel { Kind = ChannelKind.Email, Content = "Contenido del mensaje", Timestamp = Utc(2024, 9, 8, 12, 34, 56) });
        ana.Channels.Add(new Channel { Kind = ChannelKind.Call, Content = "Otro contenido", Timestamp = Utc(2024, 9, 8, 13, 45, 0) });
    }

    private static DateTime Utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, DateTimeKind.Utc);
}

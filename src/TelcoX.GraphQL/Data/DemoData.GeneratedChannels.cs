using Bogus;
using TelcoX.GraphQL.Channels;
using TelcoX.GraphQL.Customers;

namespace TelcoX.GraphQL.Data;

public static partial class DemoData
{
    // {0} is a line's msisdn, {1} a city, {2} the line's plan.
    private static readonly string[] EmailTemplates =
    [
        "Envío de la factura de la línea {0} al correo registrado",
        "Confirmación del cambio de plan a {2}",
        "Recordatorio: la factura de la línea {0} vence pronto",
        "Respuesta a la solicitud de portabilidad del número {0}",
        "Encuesta de satisfacción sobre la atención en {1}",
    ];

    private static readonly string[] CallTemplates =
    [
        "Cliente consulta el saldo de la línea {0}",
        "Reporte de falta de cobertura en {1}",
        "Solicitud de activación de roaming para la línea {0}",
        "Reclamo por un cobro no reconocido en el plan {2}",
        "Pide información para cambiar a un plan con más datos",
    ];

    private static readonly string[] Cities =
        ["Quito", "Guayaquil", "Cuenca", "Manta", "Loja", "Ambato", "Machala", "Portoviejo", "Esmeraldas", "Riobamba", "Ibarra", "Salinas"];

    /// <summary>Zero to three e-mails or calls per customer within the last 90 days.</summary>
    private static void AddGeneratedChannels(DemoRows rows, Faker faker, List<Customer> generated)
    {
        foreach (var customer in generated)
        {
            for (var i = faker.Random.Int(0, 3); i > 0; i--)
            {
                var kind = faker.PickRandom<ChannelKind>();
                var line = faker.PickRandom(customer.Lines);
                var template = faker.PickRandom(kind == ChannelKind.Email ? EmailTemplates : CallTemplates);
                customer.Channels.Add(new Channel
                {
                    Kind = kind,
                    Content = string.Format(template, line.Msisdn, faker.PickRandom(Cities), line.Plan?.Name ?? "prepago"),
                    Timestamp = faker.Between(rows.Now.AddDays(-90), rows.Now),
                });
            }
        }
    }
}

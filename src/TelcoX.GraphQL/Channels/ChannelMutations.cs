using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Data;
using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Channels;

public static class ChannelMutations
{
    public const int MaxContentLength = 255;

    public static void AddChannelMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RegisterChannelPayloadGraphType>>("registerChannel")
            .Description("Records an e-mail or call with a customer.")
            .Argument<NonNullGraphType<RegisterChannelInputGraphType>>("input")
            .ResolveAsync(context => context.InTransactionAsync(
                (db, ct) => RegisterAsync(db, context.GetArgument<RegisterChannelInput>("input"), ct),
                () => new RegisterChannelPayload(null, null)));
    }

    // Seed 002's checks, in its order, with its messages.
    private static async Task<RegisterChannelPayload> RegisterAsync(TelcoDbContext db, RegisterChannelInput input, CancellationToken ct)
    {
        var kind = ChannelKinds.Parse(input.Kind)
            ?? throw new DomainException(new ValidationError(ChannelKinds.Invalid, "kind"));
        if (string.IsNullOrWhiteSpace(input.Content) || input.CustomerId is not { } customerId)
            throw new DomainException(new ValidationError("Contenido y cliente_id son obligatorios",
                input.CustomerId is null ? "customerId" : "content"));
        var content = input.Content.Trim();
        if (ReadableText.FirstRefused(content, allowLineBreaks: true) is { } refused)
            throw new DomainException(new ValidationError(
                $"El contenido no admite caracteres de control ni de formato invisibles (se encontró {refused})", "content"));
        content = ReadableText.Nfc(content);
        if (content.Length > MaxContentLength)
            throw new DomainException(new ValidationError($"El contenido admite a lo sumo {MaxContentLength} caracteres", "content"));
        if (!await db.Customers.AnyAsync(c => c.Id == customerId, ct))
            throw new DomainException(new NotFoundError($"El cliente con id {customerId} no existe"));

        var channel = new Channel { CustomerId = customerId, Kind = kind, Content = content, Timestamp = DateTime.UtcNow };
        db.Channels.Add(channel);
        await db.SaveChangesAsync(ct);
        return new RegisterChannelPayload(channel, "Información recibida exitosamente");
    }
}

using System.ComponentModel;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using TelcoX.GraphQL.Customers;
using TelcoX.GraphQL.Mutations;
using static TelcoX.GraphQL.Auth.Authorization.Policies;

namespace TelcoX.GraphQL.Channels;

/// <summary>
/// Every field is optional in the schema so that a missing one gets the rule's own message, not a validation
/// error; <c>Kind</c> is text so that "email" and "llamada" still work.
/// </summary>
public sealed record RegisterChannelInput(
    int? CustomerId,
    [Description("EMAIL or CALL in any letter case; \"llamada\" means CALL. Anything else: \"Tipo de canal inválido\".")] string? Kind,
    [Description("Required, not blank, at most 255 characters.")] string? Content);

public sealed record RegisterChannelPayload(
    Channel? Channel,
    [Description("\"Información recibida exitosamente\" when the channel was recorded; null with errors.")] string? Message) : Payload;

[Description("Records an e-mail or call with a customer.")]
[Authorize(Staff)]
[Error<ValidationError>, Error<NotFoundError>]
public sealed class RegisterChannel : Mutation<RegisterChannelInput, RegisterChannelPayload>
{
    // The checks run in this order, so each breach answers with the same message as before.
    protected override async Task<RegisterChannelPayload> RunAsync(RegisterChannelInput input, MutationScope scope)
    {
        var (db, ct) = (scope.Db, scope.Cancellation);
        var kind = ChannelKinds.Parse(input.Kind) ?? throw Invalid(ChannelKinds.Invalid, "kind");
        if (string.IsNullOrWhiteSpace(input.Content) || input.CustomerId is not { } customerId)
            throw Invalid("Contenido y cliente_id son obligatorios", input.CustomerId is null ? "customerId" : "content");
        var content = input.Content.Trim();
        if (ReadableText.FirstRefused(content, allowLineBreaks: true) is { } refused)
            throw Invalid($"El contenido no admite caracteres de control ni de formato invisibles (se encontró {refused})", "content");
        content = ReadableText.Nfc(content);
        if (content.Length > Channel.MaxContentLength)
            throw Invalid($"El contenido admite a lo sumo {Channel.MaxContentLength} caracteres", "content");
        if (!await db.Customers.AnyAsync(c => c.Id == customerId, ct))
            throw CustomerErrors.NotFound(customerId);

        var channel = new Channel { CustomerId = customerId, Kind = kind, Content = content, Timestamp = scope.Now };
        db.Channels.Add(channel);
        await db.SaveChangesAsync(ct);
        return new RegisterChannelPayload(channel, "Información recibida exitosamente");
    }

    private static DomainException Invalid(string message, string field) => new(new ValidationError(message, field));
}

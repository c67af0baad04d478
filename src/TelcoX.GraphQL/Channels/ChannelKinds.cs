namespace TelcoX.GraphQL.Channels;

/// <summary>Reads a channel kind as TelcoX names it (EMAIL, CALL) or as seed 002 did (email, llamada).</summary>
public static class ChannelKinds
{
    /// <summary>Seed 002's answer to any other kind.</summary>
    public const string Invalid = "Tipo de canal inválido";

    public static ChannelKind? Parse(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "EMAIL" => ChannelKind.Email,
        "CALL" or "LLAMADA" => ChannelKind.Call,
        _ => null,
    };
}

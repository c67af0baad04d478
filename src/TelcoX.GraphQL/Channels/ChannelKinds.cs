namespace TelcoX.GraphQL.Channels;

/// <summary>Reads a channel kind as TelcoX names it (EMAIL, CALL) or as seed 002 did (email, llamada).</summary>
public static class ChannelKinds
{
    public static ChannelKind? Parse(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "EMAIL" => ChannelKind.Email,
        "CALL" or "LLAMADA" => ChannelKind.Call,
        _ => null,
    };
}

namespace TelcoX.GraphQL.Channels;

public enum ChannelKind
{
    Email,
    Call,
}

using GraphQL.Types;

namespace TelcoX.GraphQL.Channels;

public sealed class ChannelKindGraphType : EnumerationGraphType<ChannelKind>
{
    public ChannelKindGraphType()
    {
        Name = "ChannelKind";
        Description = "How the customer was reached: by e-mail or by a call.";
    }
}

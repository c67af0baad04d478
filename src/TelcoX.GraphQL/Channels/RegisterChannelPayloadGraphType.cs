using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Channels;

public sealed class RegisterChannelPayloadGraphType : PayloadGraphType<RegisterChannelPayload>
{
    public RegisterChannelPayloadGraphType()
        : base("registerChannel", typeof(ValidationErrorGraphType), typeof(NotFoundErrorGraphType))
    {
        Field<ChannelGraphType>("channel").Resolve(context => context.Source.Channel);
        Field(p => p.Message, nullable: true).Description("\"Información recibida exitosamente\" when the channel was recorded; null with errors.");
    }
}

using TelcoX.GraphQL.Mutations;

namespace TelcoX.GraphQL.Channels;

public sealed record RegisterChannelPayload(Channel? Channel, string? Message) : Payload;

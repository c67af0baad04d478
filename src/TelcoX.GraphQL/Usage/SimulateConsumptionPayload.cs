using TelcoX.GraphQL.Mutations;
using TelcoX.GraphQL.Notifications;

namespace TelcoX.GraphQL.Usage;

public sealed record SimulateConsumptionPayload(IReadOnlyList<Consumption> Consumptions) : Payload
{
    public int Changed => Consumptions.Count;

    /// <summary>Stored with the change; published once it commits.</summary>
    public IReadOnlyList<Notification> Raised { get; init; } = [];
}

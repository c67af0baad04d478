using System.Text.Json.Serialization;

namespace TelcoX.GraphQL.Events;

/// <summary>
/// Something that happened to the business, published after its transaction commits. The event's
/// type is its topic; <see cref="Key"/> routes it to the subscribers of one msisdn, product,
/// contract or user. The discriminators below are the wire names between API instances: keep them
/// stable, and add new events here so the Redis backplane can carry them.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(UsageUpdated), "usageUpdated")]
[JsonDerivedType(typeof(ConsumptionChanged), "consumptionChanged")]
[JsonDerivedType(typeof(InventoryChanged), "inventoryChanged")]
[JsonDerivedType(typeof(InvoiceStatusChanged), "invoiceStatusChanged")]
[JsonDerivedType(typeof(NotificationRaised), "notificationRaised")]
public interface IDomainEvent
{
    /// <summary>The routing key subscribers filter on; derived from the event's own fields.</summary>
    string Key { get; }
}

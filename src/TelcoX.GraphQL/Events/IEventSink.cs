namespace TelcoX.GraphQL.Events;

/// <summary>What the router sees of one subscription, whatever event type it watches.</summary>
internal interface IEventSink
{
    /// <summary>Queues the event without ever waiting; called under the router's lock.</summary>
    void Offer(IDomainEvent domainEvent);

    /// <summary>Ends the subscription normally once what is queued has been delivered.</summary>
    void Complete();
}

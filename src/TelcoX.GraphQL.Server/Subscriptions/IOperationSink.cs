using GraphQL;

namespace TelcoX.GraphQL.Server.Subscriptions;

/// <summary>Where a connection's operations deliver; each transport turns these into its own messages.</summary>
public interface IOperationSink
{
    /// <summary>
    /// A query's or mutation's result, or one subscription event's, already serialised
    /// (<c>{"data":…}</c>, UTF-8): shared by every subscriber of the event, so wrap it, never change it.
    /// </summary>
    void Next(string id, ReadOnlyMemory<byte> result);

    /// <summary>The operation did not run (a document, variable or subscribe error): nothing else follows.</summary>
    void Error(string id, ExecutionResult result);

    /// <summary>The operation is over and nothing more follows.</summary>
    void Complete(string id);

    /// <summary>A subscription's event stream failed, e.g. it fell behind its publisher.</summary>
    void Failed(string id, Exception exception);
}

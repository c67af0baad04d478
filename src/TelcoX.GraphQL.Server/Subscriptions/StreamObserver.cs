namespace TelcoX.GraphQL.Server.Subscriptions;

/// <summary>Hands a subscription's serialised results to its sink until the operation stops.</summary>
internal sealed class StreamObserver(string id, RunningOperation operation, IOperationSink sink, Action ended) : IObserver<ReadOnlyMemory<byte>>
{
    public void OnNext(ReadOnlyMemory<byte> value)
    {
        if (!operation.Stopped) sink.Next(id, value);
    }

    public void OnError(Exception error)
    {
        if (!operation.Stopped) sink.Failed(id, error);
        ended();
    }

    public void OnCompleted()
    {
        if (!operation.Stopped) sink.Complete(id);
        ended();
    }
}

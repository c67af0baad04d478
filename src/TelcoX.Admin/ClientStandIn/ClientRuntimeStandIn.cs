// Stand-in for the TelcoX.Client runtime (branch `clientgen`) so that the admin shell compiles before the
// generator's first slice lands. Same names and shapes as /work/wt/CLIENT-CONTRACT.md; deleted on merge.
namespace TelcoX.Client;

public sealed record GraphQLClientError(string Message, string? Code, IReadOnlyList<object>? Path);

public sealed class OperationResult<T>(T? data, IReadOnlyList<GraphQLClientError> errors)
{
    public T? Data { get; } = data;
    public IReadOnlyList<GraphQLClientError> Errors { get; } = errors;
    public bool IsSuccess => Errors.Count == 0 && Data is not null;
}

public interface IAccessTokenProvider
{
    ValueTask<string?> GetAccessTokenAsync(CancellationToken ct);
}

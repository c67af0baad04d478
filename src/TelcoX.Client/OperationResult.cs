namespace TelcoX.Client;

/// <summary>The outcome of one operation (or one subscription event): data, errors, or both.</summary>
public sealed class OperationResult<T>(T? data, IReadOnlyList<GraphQLClientError> errors)
{
    public T? Data { get; } = data;

    public IReadOnlyList<GraphQLClientError> Errors { get; } = errors;

    public bool IsSuccess => Errors.Count == 0 && Data is not null;

    /// <summary>The data, or a <see cref="GraphQLClientException"/> that lists the errors.</summary>
    public T EnsureData() => IsSuccess ? Data! : throw new GraphQLClientException(Errors);

    public static OperationResult<T> Failure(GraphQLClientError error) => new(default, [error]);
}

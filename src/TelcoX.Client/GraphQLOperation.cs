namespace TelcoX.Client;

public enum GraphQLOperationKind { Query, Mutation, Subscription }

/// <summary>
/// A generated operation: its exact document text and its persisted id (<c>sha256:</c> + the hex SHA-256 of
/// that text), which the API's trusted-document store matches.
/// </summary>
public sealed record GraphQLOperation(string Name, GraphQLOperationKind Kind, string Document, string DocumentId);

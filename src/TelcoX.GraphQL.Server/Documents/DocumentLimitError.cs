using GraphQL.Execution;

namespace TelcoX.GraphQL.Server.Documents;

/// <summary>A document refused for its size or shape before validation: the client's fault, a 400.</summary>
public sealed class DocumentLimitError : DocumentError
{
    public DocumentLimitError(string code, string message) : base(message) => Code = code;
}

using System.Security.Cryptography;
using System.Text;
using TelcoX.ClientGenerator.Documents;

namespace TelcoX.ClientGenerator.Emit;

/// <summary>An operation ready to emit: its exact text on the wire and its persisted id.</summary>
public sealed record GeneratedOperation(OperationDocument Source, string Document)
{
    public string Name => Source.Name;

    public string DocumentId { get; } = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Document)));
}

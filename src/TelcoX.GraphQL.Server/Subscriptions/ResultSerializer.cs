using System.Text;
using GraphQL;

namespace TelcoX.GraphQL.Server.Subscriptions;

/// <summary>
/// An operation's result (<c>{"data":…,"errors":…}</c>) as UTF-8 JSON, through the GraphQL serializer
/// (error codes, no internals). Serialised once; each transport wraps the same bytes in its own message.
/// </summary>
public sealed class ResultSerializer(IGraphQLTextSerializer serializer)
{
    public byte[] Serialize(ExecutionResult result) => Encoding.UTF8.GetBytes(serializer.Serialize(result));
}

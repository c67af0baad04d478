using Microsoft.Extensions.Options;
using TelcoX.GraphQL.Server;
using TelcoX.GraphQL.Server.Documents;
using Xunit.Abstractions;
namespace TelcoX.GraphQL.Tests.Server;
public sealed class TmpProbe(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        var b = new LimitedDocumentBuilder(Options.Create(new GraphQLLimitsOptions()));
        var q = "mutation Buy($input: P\rurchaseInput!\u0F87 { purc\u50FDase(input: $input) { errors { ... on Error { message code } } } }";
        try { b.Build(q); } catch (Exception e) { output.WriteLine(e.GetType() + ": " + e.Message + e.StackTrace); }
    }
}

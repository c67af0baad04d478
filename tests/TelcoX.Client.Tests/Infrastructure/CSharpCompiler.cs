using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TelcoX.Client.Tests.Infrastructure;

/// <summary>Compiles generated C# in memory against the running framework and TelcoX.Client, and loads it.</summary>
public static class CSharpCompiler
{
    private static readonly MetadataReference[] References =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(System.IO.Path.PathSeparator)
        .Append(typeof(GraphQLOperation).Assembly.Location)
        .Distinct()
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToArray();

    public static Assembly Compile(IEnumerable<string> sources)
    {
        var compilation = CSharpCompilation.Create(
            $"Generated{Guid.NewGuid():N}",
            sources.Select(source => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview))),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        // Warnings count too: the admin builds with TreatWarningsAsErrors.
        var problems = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        return Assembly.Load(image.ToArray());
    }
}

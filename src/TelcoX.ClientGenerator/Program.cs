using TelcoX.ClientGenerator;
using TelcoX.ClientGenerator.Diagnostics;
using TelcoX.ClientGenerator.Schema;

// Usage: TelcoX.ClientGenerator --schema <schema.graphql> --operations <folder> --output <folder> [--namespace <ns>]
// Writes <output>/*.g.cs and <output>/persisted/<Operation>.graphql; prints MSBuild errors and exits 1 on bad input.
var options = Arguments.Parse(args);
try
{
    var schema = SchemaLoader.Load(options.Schema);
    var files = Directory.EnumerateFiles(options.Operations, "*.graphql", SearchOption.AllDirectories)
        .Select(path => (Path.GetFullPath(path), File.ReadAllText(path)));
    var client = ClientGenerator.Generate(schema, files, options.Namespace);
    OutputWriter.Write(options.Output, client);
    Console.WriteLine($"TelcoX.ClientGenerator: {client.Operations.Count} operations -> {options.Output}");
    return 0;
}
catch (GeneratorException exception)
{
    foreach (var error in exception.Errors)
        Console.WriteLine(MsBuildErrorFormatter.Format(error));
    return 1;
}

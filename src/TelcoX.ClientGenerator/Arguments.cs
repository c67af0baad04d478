namespace TelcoX.ClientGenerator;

/// <summary>The command line the MSBuild target passes.</summary>
public sealed record Arguments(string Schema, string Operations, string Output, string Namespace)
{
    public static Arguments Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
            values[args[i]] = args[i + 1];
        string Required(string name) => values.TryGetValue(name, out var value)
            ? value
            : throw new ArgumentException($"TelcoX.ClientGenerator needs {name} <value>.");
        return new Arguments(Required("--schema"), Required("--operations"), Required("--output"),
            values.GetValueOrDefault("--namespace", "TelcoX.Admin.GraphQL"));
    }
}

namespace TelcoX.ClientGenerator;

/// <summary>Replaces the output folder's contents, so deleted operations leave no stale C# behind.</summary>
public static class OutputWriter
{
    public static void Write(string output, GeneratedClient client)
    {
        var persisted = Path.Combine(output, "persisted");
        Directory.CreateDirectory(persisted);
        foreach (var stale in Directory.EnumerateFiles(output, "*.g.cs").Concat(Directory.EnumerateFiles(persisted, "*.graphql")))
            File.Delete(stale);
        foreach (var (name, text) in client.CSharpFiles)
            File.WriteAllText(Path.Combine(output, name), text);
        // The exact text sent, byte for byte: its SHA-256 is the document id the API looks up.
        foreach (var operation in client.Operations)
            File.WriteAllText(Path.Combine(persisted, operation.Name + ".graphql"), operation.Document);
        File.WriteAllText(Path.Combine(output, "generated.stamp"), DateTime.UtcNow.ToString("O"));
    }
}

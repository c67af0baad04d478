using GraphQLParser;

namespace TelcoX.GraphQL.Server.Documents;

/// <summary>Maps a location in wrapped text back to the client's text: wrapping keeps every offset.</summary>
public static class SourceLocation
{
    public static Location Unwrap(ScannedDocument scanned, Location wrapped)
    {
        var offset = Offset(scanned.Text, wrapped);
        return Location.FromLinearPosition(scanned.Source.AsMemory(), offset);
    }

    /// <summary>The offset a (line, column) names, counting line breaks as GraphQL-Parser's <see cref="Location"/> does.</summary>
    private static int Offset(string text, Location location)
    {
        var start = 0;
        for (var line = 1; line < location.Line && start < text.Length; line++)
        {
            var next = text.IndexOfAny(['\n', '\r'], start);
            if (next < 0)
                break;
            start = next + (text[next] == '\r' && next + 1 < text.Length && text[next + 1] == '\n' ? 2 : 1);
        }
        return start + Math.Max(location.Column - 1, 0);
    }
}

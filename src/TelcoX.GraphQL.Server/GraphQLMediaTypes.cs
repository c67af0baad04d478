using Microsoft.Net.Http.Headers;

namespace TelcoX.GraphQL.Server;

/// <summary>Picks the response media type from the Accept header (GraphQL over HTTP, "Accept").</summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The media type to answer with, or a 406 problem. No Accept gets the spec's own
    /// <c>application/graphql-response+json</c>; a bare wildcard gets <c>application/json</c>, as
    /// the graphql-http audits require (legacy clients send <c>*/*</c> and expect it).
    /// </summary>
    public static string Negotiate(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (accept.Count == 0 || accept.All(string.IsNullOrWhiteSpace))
            return GraphQLResponse;
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
            throw GraphQLHttpProblem.NotAcceptable($"The Accept header names nothing this server can produce; use {GraphQLResponse} or {Json}.");

        var response = Rank(ranges, GraphQLResponse);
        var json = Rank(ranges, Json);
        if (response.Quality <= 0 && json.Quality <= 0)
            throw GraphQLHttpProblem.NotAcceptable($"The Accept header names nothing this server can produce; use {GraphQLResponse} or {Json}.");

        if (response.Quality != json.Quality)
            return response.Quality > json.Quality ? GraphQLResponse : Json;
        if (response.Specificity != json.Specificity)
            return response.Specificity > json.Specificity ? GraphQLResponse : Json;
        // Both named outright: the spec's media type wins; both only through a wildcard: the legacy one.
        return response.Specificity == 2 ? GraphQLResponse : Json;
    }

    /// <summary>The quality of the most specific range matching <paramref name="mediaType"/> (0 when none).</summary>
    private static (double Quality, int Specificity) Rank(IList<MediaTypeHeaderValue> ranges, string mediaType)
    {
        var best = (Quality: 0d, Specificity: -1);
        foreach (var range in ranges)
        {
            var specificity = range.MatchesAllTypes ? 0 : range.MatchesAllSubTypes ? 1 : 2;
            if (specificity <= best.Specificity || !Matches(range, mediaType))
                continue;
            best = (range.Quality ?? 1d, specificity);
        }
        return best;
    }

    private static bool Matches(MediaTypeHeaderValue range, string mediaType)
    {
        var charset = range.Charset;
        if (charset.HasValue && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            return false;
        if (range.MatchesAllTypes)
            return true;
        var slash = mediaType.IndexOf('/');
        return range.Type.Equals(mediaType[..slash], StringComparison.OrdinalIgnoreCase)
            && (range.MatchesAllSubTypes || range.SubType.Equals(mediaType[(slash + 1)..], StringComparison.OrdinalIgnoreCase));
    }
}

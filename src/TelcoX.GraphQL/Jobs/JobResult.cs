namespace TelcoX.GraphQL.Jobs;

/// <summary>What one run did: rows it handled (the items metric) and a sentence for logs and /health.</summary>
public sealed record JobResult(int Items, string Summary);

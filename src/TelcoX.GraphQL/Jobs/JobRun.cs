namespace TelcoX.GraphQL.Jobs;

/// <summary>A run this instance made: which job, how it ended, what it did.</summary>
public sealed record JobRun(string Job, JobOutcome Outcome, JobResult Result);

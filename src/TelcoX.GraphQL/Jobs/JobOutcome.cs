namespace TelcoX.GraphQL.Jobs;

public enum JobOutcome
{
    Succeeded,
    Failed,
}

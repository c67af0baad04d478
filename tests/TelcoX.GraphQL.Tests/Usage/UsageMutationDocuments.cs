using static TelcoX.GraphQL.Tests.Infrastructure.PayloadAssert;

namespace TelcoX.GraphQL.Tests.Usage;

public static class UsageMutationDocuments
{
    public const string RecordUsageEventMutation = $$"""
        mutation($input: RecordUsageEventInput!) {
          recordUsageEvent(input: $input) {
            counted
            dataPlan { id usedBytes limitBytes percentUsed usage { category totalBytes } }
            usageEvent { id category bytes eventId }
            {{ErrorsWithConflict}}
          }
        }
        """;

    public const string SetConsumptionMutation = $$"""
        mutation($input: SetConsumptionInput!) {
          setConsumption(input: $input) {
            consumption { balance dataMb minutes updatedAt customer { name } }
            {{Errors}}
          }
        }
        """;

    public const string SimulateConsumptionMutation = $$"""
        mutation($input: SimulateConsumptionInput!) {
          simulateConsumption(input: $input) {
            changed
            consumptions { id balance dataMb minutes updatedAt line { msisdn } }
            {{Errors}}
          }
        }
        """;
}

using GraphQL.Types;

namespace TelcoX.GraphQL.Usage;

public sealed class RecordUsageEventInputGraphType : InputObjectGraphType<RecordUsageEventInput>
{
    public RecordUsageEventInputGraphType()
    {
        Name = "RecordUsageEventInput";
        Field(i => i.Msisdn);
        Field(i => i.Category, type: typeof(NonNullGraphType<UsageCategoryGraphType>));
        Field(i => i.Bytes).Description($"At least 1, at most {UsageRecording.MaxBytes} (1 TiB) per event.");
        Field(i => i.EventId, nullable: true).Description("Idempotency key, at most 100 characters: an id already counted adds nothing.");
    }
}

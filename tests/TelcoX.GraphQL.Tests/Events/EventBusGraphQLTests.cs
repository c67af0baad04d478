using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Events;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Events;

/// <summary>The bus as the API registers it, feeding a graphql-dotnet subscription field.</summary>
public sealed class EventBusGraphQLTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    [Fact]
    public async Task ASubscriptionFieldStreamsTheEventsOfItsMsisdn()
    {
        var bus = api.Services.GetRequiredService<EventBus>();
        var schema = new global::GraphQL.Types.Schema { Query = new QueryType(), Subscription = new SubscriptionType(bus) };
        var result = await new DocumentExecuter().ExecuteAsync(options =>
        {
            options.Schema = schema;
            options.Query = """subscription { onConsumptionChanged(msisdn: "593988877766") }""";
        });
        var stream = Assert.Single(result.Streams!).Value;
        var results = new EventRecorder<ExecutionResult>();
        using var subscription = stream.Subscribe(results);

        await bus.PublishAsync(new ConsumptionChanged("593912345678"));
        await bus.PublishAsync(new ConsumptionChanged("593988877766"));

        await results.WaitForCountAsync(1);
        Assert.Equal("""{"data":{"onConsumptionChanged":"593988877766"}}""",
            new GraphQLSerializer().Serialize(Assert.Single(results.Events)));
    }

    private sealed class QueryType : ObjectGraphType
    {
        public QueryType() => Field<StringGraphType>("ping").Resolve(_ => "pong");
    }

    private sealed class SubscriptionType : ObjectGraphType
    {
        public SubscriptionType(EventBus bus)
        {
            Field<StringGraphType>("onConsumptionChanged")
                .Argument<NonNullGraphType<StringGraphType>>("msisdn")
                .Resolve(context => ((ConsumptionChanged)context.Source!).Msisdn)
                .ResolveStream(context => bus.Subscribe<ConsumptionChanged>(context.GetArgument<string>("msisdn")));
        }
    }
}

using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TelcoX.GraphQL.Server.Documents;

namespace TelcoX.GraphQL.Server;

public static class GraphQLLimitsRegistration
{
    /// <summary>
    /// <c>GraphQL:Limits</c> for every transport: document caps before the parser and validation, aliases,
    /// depth and complexity, the execution timeout, at most so many errors, and the cache of validated documents.
    /// </summary>
    public static IServiceCollection AddTelcoGraphQLLimits(this IServiceCollection services)
    {
        services.AddOptions<GraphQLLimitsOptions>().BindConfiguration(GraphQLLimitsOptions.SectionName);
        services.AddGraphQL(graphql => graphql
            .AddValidationRule<AliasLimitRule>(useForCachedDocuments: true)
            .AddValidationRule<RootAwareComplexityRule>(useForCachedDocuments: true)
            .ConfigureExecution<DocumentCache>()
            .ConfigureExecution<ErrorCap>()
            .ConfigureExecutionOptions(options =>
            {
                // A request past its time ends as a GraphQL error (code TIMEOUT), never a hang; subscriptions stay open.
                options.Timeout = ExecutionTimeout.For(options, options.RequestServices!.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value.Timeout);
                options.TimeoutAction = TimeoutAction.ReturnTimeoutError;
            }));
        // Every document, over every transport, is parsed within GraphQL:Limits.
        services.Replace(ServiceDescriptor.Singleton<IDocumentBuilder, LimitedDocumentBuilder>());
        return services;
    }
}

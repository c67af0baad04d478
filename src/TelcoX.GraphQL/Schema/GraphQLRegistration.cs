using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;
using TelcoX.GraphQL.Auth.Authorization;
using TelcoX.GraphQL.Data;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TelcoX.GraphQL.Server;

namespace TelcoX.GraphQL.Schema;

public static class GraphQLRegistration
{
    /// <summary>Introspection answers in Development, elsewhere only when <c>GraphQL:Introspection</c> is true.</summary>
    public const string IntrospectionSetting = "GraphQL:Introspection";

    public static IServiceCollection AddTelcoGraphQL(this IServiceCollection services)
    {
        services.AddTelcoConventions();
        services.AddGraphQL(graphql => graphql
            .AddSchema<TelcoSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(TelcoSchema).Assembly)
            // Enum filters name their enum by CLR type; this maps it to our graph type (InvoiceStatus, …).
            .AddClrTypeMappings(typeof(TelcoSchema).Assembly)
            .AddValidationRule<AuthorizationValidationRule>(useForCachedDocuments: true)
            // Queries resolve one field at a time, as mutations do: every read still takes a context of
            // its own and the data loaders still batch per level, but without a task per field
            // (P3: 2.53 → 2.30 ms of API CPU per request for a page of 50 customers with their lines).
            .AddExecutionStrategySelector<QueryStrategySelector>()
            .ConfigureExecutionOptions(options =>
            {
                if (!IntrospectionAllowed(options.RequestServices!))
                {
                    options.ValidationRules = (options.ValidationRules ?? DocumentValidator.CoreRules).Append(NoIntrospectionValidationRule.Instance);
                    options.CachedDocumentValidationRules = (options.CachedDocumentValidationRules ?? []).Append(NoIntrospectionValidationRule.Instance);
                }
            })
            // No exception reaches a client by its type name: a stable code, a sentence and, for the log, an id.
            .AddUnhandledExceptionHandler(UnexpectedErrors.HandleAsync)
            .AddErrorInfoProvider(provider => new TelcoErrorInfoProvider(
                provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<IHostEnvironment>())));
        // Document caps, aliases, complexity, the timeout and the error cap, after the authorization rule.
        services.AddTelcoGraphQLLimits();
        return services;
    }

    internal static bool IntrospectionAllowed(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool?>(IntrospectionSetting) ?? environment.IsDevelopment();

    private static bool IntrospectionAllowed(IServiceProvider services) =>
        IntrospectionAllowed(services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IHostEnvironment>());
}

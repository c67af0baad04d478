using GraphQL;
using GraphQL.Execution;
using TelcoX.GraphQL.Conventions;

namespace TelcoX.GraphQL.Schema;

public static class GraphQLRegistration
{
    public static IServiceCollection AddTelcoGraphQL(this IServiceCollection services)
    {
        services.AddTelcoConventions();
        services.AddGraphQL(graphql => graphql
            .AddSchema<TelcoSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(TelcoSchema).Assembly)
            // Enum filters name their enum by CLR type; this maps it to our graph type (InvoiceStatus, …).
            .AddClrTypeMappings(typeof(TelcoSchema).Assembly)
            // Clients read extensions.code only; internal exception details never leave the server.
            .AddErrorInfoProvider(options =>
            {
                options.ExposeCode = true;
                options.ExposeCodes = false;
                options.ExposeData = false;
                options.ExposeExceptionDetails = false;
            }));
        return services;
    }
}

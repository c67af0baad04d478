using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Schema;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>Every root field, asked over HTTP by each kind of caller: allowed or refused as the issue says.</summary>
public sealed class RootFieldMatrixTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    // Written out by hand, independently of AuthorizationTable, so that a slip in either one shows.
    private static readonly HashSet<string> Anyone = ["product", "products", "productsPage", "inventory", "login", "register"];
    private static readonly HashSet<string> Customers =
    [
        "customer", "customerByMsisdn", "customers", "customerSummary", "line", "phoneLines", "plan", "plans",
        "consumption", "consumptions", "dataPlan", "usageEvents", "invoice", "invoicesByContract", "billingHistory", "invoices",
        "payments", "coupon", "coupons", "notification", "notifications", "transactions",
        "payInvoice", "purchase", "markNotificationRead", "generateCoupon", "sendInvoiceByEmail",
    ];
    private static readonly HashSet<string> AdminOnly = ["user", "users", "deleteProduct"];

    public static TheoryData<Role> Roles => [Role.Anonymous, Role.Customer, Role.Agent, Role.Admin, Role.ApiKey];

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EachRootFieldIsAllowedOrRefusedForTheRole(Role role)
    {
        var client = api.CreateClient(role);
        var mismatches = new List<string>();
        foreach (var (operation, field) in RootFields())
        {
            var (_, body) = await AuthErrors.PostAsync(client, Document(operation, field));
            var refused = AuthErrors.Refused(body);
            if (refused == Allowed(role, field.Name))
                mismatches.Add($"{field.Name}: {(refused ? "refused" : "allowed")} {body}");
        }
        Assert.Empty(mismatches);
    }

    private static bool Allowed(Role role, string field) => role switch
    {
        Role.Anonymous => Anyone.Contains(field),
        Role.Customer => Anyone.Contains(field) || Customers.Contains(field),
        Role.Agent or Role.ApiKey => !AdminOnly.Contains(field), // the development API key acts as an AGENT
        _ => true,
    };

    private IEnumerable<(string Operation, FieldType Field)> RootFields()
    {
        var schema = api.Services.GetRequiredService<TelcoSchema>();
        schema.Initialize();
        return schema.Query.Fields.Select(f => ("query", f)).Concat(schema.Mutation!.Fields.Select(f => ("mutation", f)));
    }

    /// <summary>
    /// Required arguments get placeholder values; a mutation's input gets an unknown field, so that it
    /// fails validation and never runs, while the authorization rule still answers for it.
    /// </summary>
    private static string Document(string operation, FieldType field)
    {
        var arguments = (field.Arguments ?? []).Where(a => a.ResolvedType is NonNullGraphType).Select(a => $"{a.Name}: {Placeholder(operation, a)}");
        var list = string.Join(", ", arguments);
        return $"{operation} {{ {field.Name}{(list.Length > 0 ? $"({list})" : "")} {{ __typename }} }}";
    }

    private static string Placeholder(string operation, QueryArgument argument) =>
        argument.ResolvedType!.GetNamedType() switch
        {
            IntGraphType => "1",
            StringGraphType => "\"0969786985\"",
            EnumerationGraphType enumeration => enumeration.Values.First().Name,
            _ when operation == "mutation" => "{ notAField: 1 }",
            _ => "{}",
        };
}

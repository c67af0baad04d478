using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TelcoX.GraphQL.Schema;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>Who the issue lets use a root field.</summary>
public enum Audience
{
    Anyone,
    /// <summary>Any signed-in caller, a CUSTOMER included (their own rows only).</summary>
    Customers,
    /// <summary>ADMIN and AGENT (and the AGENT API key).</summary>
    Staff,
    AdminOnly,
}

/// <summary>
/// The expected audience of every root field, written out by hand from the issue, independently of
/// AuthorizationTable, so that a slip in either one shows. The HTTP and websocket matrices both
/// read it; a root field missing here fails them.
/// </summary>
public static class RootFieldExpectations
{
    public static readonly IReadOnlyDictionary<string, Audience> Query = Expect(
        (Audience.Anyone, ["product", "products", "productsPage", "inventory"]),
        (Audience.Customers,
        [
            "customer", "customerByMsisdn", "customers", "customerSummary", "line", "phoneLines", "plan", "plans",
            "consumption", "consumptions", "dataPlan", "usageEvents", "invoice", "invoicesByContract", "billingHistory", "invoices",
            "payments", "coupon", "coupons", "notification", "notifications", "transactions",
        ]),
        (Audience.Staff, ["channel", "channels", "channelsByCustomer", "messagesByKind", "inventories"]),
        (Audience.AdminOnly, ["user", "users"]));

    public static readonly IReadOnlyDictionary<string, Audience> Mutation = Expect(
        (Audience.Anyone, ["login", "register"]),
        (Audience.Customers, ["payInvoice", "purchase", "markNotificationRead", "generateCoupon", "sendInvoiceByEmail"]),
        (Audience.Staff,
        [
            "registerCustomer", "updateCustomer", "addLine", "setConsumption", "simulateConsumption", "rechargeBalance",
            "recordUsageEvent", "registerChannel", "issueInvoice", "cancelCoupon", "createProduct", "updateProduct", "setInventory",
            "changePlan",
        ]),
        (Audience.AdminOnly, ["deleteProduct", "runBillingCycle"]));

    public static readonly IReadOnlyDictionary<string, Audience> Subscription = Expect(
        (Audience.Anyone, ["onInventoryChanged"]),
        (Audience.Customers, ["onUsageUpdated", "onInvoiceStatusChanged", "onNotification"]),
        (Audience.Staff, ["onConsumptionChanged"]));

    /// <summary>The roles both matrices run as.</summary>
    public static TheoryData<Role> Roles => [Role.Anonymous, Role.Customer, Role.Agent, Role.Admin, Role.ApiKey];

    public static bool Allowed(Role role, Audience audience) => role switch
    {
        Role.Anonymous => audience == Audience.Anyone,
        Role.Customer => audience is Audience.Anyone or Audience.Customers,
        Role.Agent or Role.ApiKey => audience != Audience.AdminOnly, // the development API key acts as an AGENT
        _ => true,
    };

    /// <summary>
    /// What is wrong with the error codes one field answered with for <paramref name="role"/>, or null when
    /// they are as expected: no refusal when allowed; UNAUTHENTICATED for anonymous, FORBIDDEN for a
    /// signed-in caller when refused.
    /// </summary>
    public static string? Mismatch(Role role, string operation, string field, IReadOnlyCollection<string> codes)
    {
        if (For(operation, field) is not { } audience)
            return $"{operation} {field}: no expectation written in RootFieldExpectations";
        var refusal = role == Role.Anonymous ? "UNAUTHENTICATED" : "FORBIDDEN";
        var refused = codes.Any(code => code is "UNAUTHENTICATED" or "FORBIDDEN");
        if (Allowed(role, audience))
            return refused ? $"{operation} {field} ({audience}): refused with {string.Join(",", codes)}" : null;
        return codes.Contains(refusal) && !codes.Contains(refusal == "FORBIDDEN" ? "UNAUTHENTICATED" : "FORBIDDEN")
            ? null
            : $"{operation} {field} ({audience}): expected {refusal}, got [{string.Join(",", codes)}]";
    }

    /// <summary>The expected audience of a root field, or null when nobody wrote one down yet.</summary>
    public static Audience? For(string operation, string field) =>
        (operation switch { "query" => Query, "mutation" => Mutation, _ => Subscription }).TryGetValue(field, out var audience) ? audience : null;

    /// <summary>Every root field of the running schema, as (operation keyword, field).</summary>
    public static IReadOnlyList<(string Operation, FieldType Field)> RootFields(WebApplicationFactory<Program> api, bool subscriptions)
    {
        var schema = api.Services.GetRequiredService<TelcoSchema>();
        schema.Initialize();
        var fields = schema.Query.Fields.Select(f => ("query", f)).Concat(schema.Mutation!.Fields.Select(f => ("mutation", f)));
        return [.. subscriptions ? fields.Concat(schema.Subscription!.Fields.Select(f => ("subscription", f))) : fields];
    }

    /// <summary>
    /// A document that reaches the authorization rule and never changes anything: required arguments
    /// get placeholder values; a mutation's input and a subscription get something unknown, so that
    /// they fail validation and never run (or stay open), while the authorization rule still answers.
    /// </summary>
    public static string Document(string operation, FieldType field)
    {
        var arguments = (field.Arguments ?? []).Where(a => a.ResolvedType is NonNullGraphType).Select(a => $"{a.Name}: {Placeholder(operation, a)}");
        if (operation == "subscription")
            arguments = arguments.Append("notAnArgument: 1");
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

    private static Dictionary<string, Audience> Expect(params (Audience Audience, string[] Fields)[] groups) =>
        groups.SelectMany(g => g.Fields.Select(f => (f, g.Audience))).ToDictionary(x => x.f, x => x.Audience);
}

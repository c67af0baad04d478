using System.ComponentModel;
using GraphQL.Types;

namespace TelcoX.GraphQL.Customers;

/// <summary>The line a customer may be registered with (registerCustomer's <c>line</c>).</summary>
public sealed record FirstLineInput(
    [property: Description("5–15 digits with an optional leading '+', stored exactly as given.")] string? Msisdn,
    ProductType ProductType,
    [property: Description("A catalogue plan: the line starts with its data and minutes.")] int? PlanId);

/// <summary>A nested input has no mutation to derive its type from, so it is mapped here; graphql-dotnet reads the record.</summary>
public sealed class FirstLineInputGraphType : AutoRegisteringInputObjectGraphType<FirstLineInput>;

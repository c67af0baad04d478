using System.ComponentModel;
using System.Reflection;
using GraphQL.Types;

namespace TelcoX.GraphQL.Mutations;

/// <summary>
/// Lets a positional record carry its schema text on its parameters: <c>[Description("…")] string? Code</c>
/// rather than <c>[property: Description("…")]</c>, which graphql-dotnet would otherwise need.
/// </summary>
internal static class RecordMembers
{
    public static void ApplyParameterAttributes(FieldType field, MemberInfo member)
    {
        if (PrimaryParameter(member) is not { } parameter)
            return;
        field.Description ??= parameter.GetCustomAttribute<DescriptionAttribute>()?.Description;
        if (parameter.GetCustomAttribute<DefaultValueAttribute>() is { } defaultValue)
            field.DefaultValue = defaultValue.Value;
    }

    /// <summary>The parameter of the record's widest constructor that sets this property, if any.</summary>
    public static ParameterInfo? PrimaryParameter(MemberInfo member) =>
        member.DeclaringType?.GetConstructors().MaxBy(c => c.GetParameters().Length)?.GetParameters()
            .FirstOrDefault(p => string.Equals(p.Name, member.Name, StringComparison.OrdinalIgnoreCase));
}

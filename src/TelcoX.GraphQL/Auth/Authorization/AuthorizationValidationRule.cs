using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Authorization;
using TelcoX.GraphQL.Schema;

namespace TelcoX.GraphQL.Auth.Authorization;

/// <summary>
/// The one place fields are authorized, before anything runs: each selected field's
/// <c>Authorize</c>/<c>AuthorizeWithPolicy</c>/<c>AuthorizeWithRoles</c> metadata is asked of ASP.NET's
/// <see cref="IAuthorizationService"/>. A field without any is refused: deny by default.
/// The first walk of a document notes which field definitions it selects; a cached document (same
/// syntax tree) is then checked from that list, for each caller, without walking the tree again.
/// </summary>
public sealed class AuthorizationValidationRule : ValidationRuleBase
{
    private static readonly ConditionalWeakTable<GraphQLDocument, FieldUse[]> FieldsOfDocument = [];

    public override async ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (!FieldsOfDocument.TryGetValue(context.Document, out var fields))
            return new Visitor();
        var check = new FieldCheck();
        foreach (var use in fields)
            await check.RunAsync(use, context);
        return null;
    }

    private sealed record FieldUse(GraphQLField Field, FieldType Definition);

    private sealed class Visitor : INodeVisitor
    {
        private readonly FieldCheck check = new();
        private readonly List<FieldUse> fields = [];

        public async ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            // Introspection (__schema, __type, __typename and the __Type family) is governed by GraphQL:Introspection.
            if (node is not GraphQLField field || field.Name.Value.Span.StartsWith("__")
                || context.TypeInfo.GetParentType()?.GetNamedType() is not { } parent || parent.Name.StartsWith("__", StringComparison.Ordinal)
                || context.TypeInfo.GetFieldDef() is not { } definition)
                return;
            var use = new FieldUse(field, definition);
            fields.Add(use);
            await check.RunAsync(use, context);
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context)
        {
            if (node is GraphQLDocument document)
                FieldsOfDocument.AddOrUpdate(document, [.. fields]);
            return default;
        }
    }

    /// <summary>One caller's verdicts: policies are asked once each, a refused field is reported once.</summary>
    private sealed class FieldCheck
    {
        private readonly Dictionary<string, bool> policies = [];
        private readonly HashSet<string> refused = [];

        public async ValueTask RunAsync(FieldUse use, ValidationContext context)
        {
            if (await AllowsAsync(use.Definition, context))
                return;
            var name = use.Field.Name.StringValue;
            if (!refused.Add(name))
                return;
            var signedIn = context.User?.Identity?.IsAuthenticated == true;
            context.ReportError(signedIn
                ? new ValidationError(context.Document.Source, null, $"You are not allowed to use the field '{name}'.", use.Field) { Code = ErrorCodes.Forbidden }
                : new ValidationError(context.Document.Source, null, $"Sign in to use the field '{name}'.", use.Field) { Code = ErrorCodes.Unauthenticated });
        }

        private async ValueTask<bool> AllowsAsync(FieldType definition, ValidationContext context)
        {
            if (definition.IsAnonymousAllowed())
                return true;
            if (!definition.IsAuthorizationRequired())
                return false; // no rule at all
            var user = context.User;
            if (user?.Identity?.IsAuthenticated != true && definition.GetPolicies() is not { Count: > 0 })
                return false; // a bare Authorize() asks for a signed-in caller
            if (definition.GetRoles() is { Count: > 0 } roles && !roles.Any(role => user!.IsInRole(role)))
                return false;
            foreach (var policy in definition.GetPolicies() ?? [])
                if (!await PolicyAllowsAsync(policy, context))
                    return false;
            return true;
        }

        private async ValueTask<bool> PolicyAllowsAsync(string policy, ValidationContext context)
        {
            if (policies.TryGetValue(policy, out var known))
                return known;
            var service = context.RequestServices?.GetService<IAuthorizationService>();
            var user = context.User ?? new System.Security.Claims.ClaimsPrincipal();
            var allowed = service is not null && (await service.AuthorizeAsync(user, policy)).Succeeded;
            return policies[policy] = allowed;
        }
    }
}

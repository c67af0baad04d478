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
/// </summary>
public sealed class AuthorizationValidationRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(new Visitor());

    private sealed class Visitor : INodeVisitor
    {
        private readonly Dictionary<string, bool> policies = [];
        private readonly HashSet<string> refused = [];

        public async ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            // Introspection (__schema, __type, __typename and the __Type family) is governed by GraphQL:Introspection.
            if (node is not GraphQLField field || field.Name.Value.Span.StartsWith("__")
                || context.TypeInfo.GetParentType()?.GetNamedType() is not { } parent || parent.Name.StartsWith("__", StringComparison.Ordinal)
                || context.TypeInfo.GetFieldDef() is not { } definition)
                return;
            if (await AllowsAsync(definition, context))
                return;
            var name = field.Name.StringValue;
            if (!refused.Add(name))
                return;
            var signedIn = context.User?.Identity?.IsAuthenticated == true;
            context.ReportError(signedIn
                ? new ValidationError(context.Document.Source, null, $"You are not allowed to use the field '{name}'.", field) { Code = ErrorCodes.Forbidden }
                : new ValidationError(context.Document.Source, null, $"Sign in to use the field '{name}'.", field) { Code = ErrorCodes.Unauthenticated });
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => default;

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

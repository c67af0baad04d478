namespace TelcoX.GraphQL.Tests.Users;

public static class UserDocuments
{
    public const string Register = """
        mutation($input: RegisterInput!) {
          register(input: $input) {
            user { id email role customer { id } }
            errors { __typename ... on Error { message code } ... on ValidationError { field } ... on ConflictError { field } }
          }
        }
        """;

    public const string Login = """
        mutation($input: LoginInput!) {
          login(input: $input) { token expiresAt user { id email role } errors { __typename ... on Error { message code } } }
        }
        """;
}

using GraphQL.Types;
using TelcoX.ClientGenerator;
using TelcoX.ClientGenerator.Schema;

namespace TelcoX.Client.Tests.Generator;

/// <summary>A small schema with every shape the generator maps: custom scalars, enums, inputs, unions, interfaces, nested lists.</summary>
public static class SampleSchema
{
    public const string Sdl = """
        scalar Decimal
        scalar DateTime
        scalar Long

        type Query {
          account(id: ID!): Account
          accounts(filter: AccountFilter, kinds: [Kind!] = [PREPAID], first: Int!): [Account!]!
          search(text: String!): [SearchHit!]!
          matrix: [[Int!]]!
          node(id: ID!): Node
        }

        type Mutation {
          openAccount(input: OpenAccountInput!): OpenAccountPayload!
        }

        type Subscription {
          onBalance(id: ID!): Account!
        }

        interface Node { id: ID! }

        type Account implements Node {
          id: ID!
          owner: String
          balance: Decimal!
          openedAt: DateTime!
          usedBytes: Long!
          kind: Kind!
          tags: [String]
        }

        type Person implements Node {
          id: ID!
          name: String!
        }

        union SearchHit = Account | Person

        enum Kind { PREPAID POSTPAID CORPORATE_PLAN }

        input AccountFilter {
          owner: String
          minBalance: Decimal
          kinds: [Kind!]
          and: [AccountFilter!]
          openedIn: DateRange
        }

        input DateRange { from: DateTime! to: DateTime }

        input OpenAccountInput { owner: String! kind: Kind! = PREPAID }

        type OpenAccountPayload {
          account: Account
          errors: [OpenAccountError!]
        }

        union OpenAccountError = ValidationError

        interface Error { message: String! code: String! }

        type ValidationError implements Error { message: String! code: String! field: String }
        """;

    public static ISchema Schema { get; } = SchemaLoader.FromSdl(Sdl);

    public const string Namespace = "Sample.GraphQL";

    public static GeneratedClient Generate(params (string Path, string Text)[] files) => ClientGenerator.ClientGenerator.Generate(Schema, files, Namespace);
}

using TelcoX.ClientGenerator.Diagnostics;

namespace TelcoX.Client.Tests.Generator;

/// <summary>Bad operations stop the build with the file, line and column of the problem and GraphQL's own message.</summary>
public sealed class ValidationTests
{
    [Fact]
    public void AnUnknownFieldNamesTheFieldTheTypeAndWhereItIs()
    {
        var error = Assert.Single(Errors(("/ops/GetAccount.graphql", """
            query GetAccount {
              account(id: "1") {
                nope
              }
            }
            """)));

        Assert.Equal(new GeneratorError("/ops/GetAccount.graphql", 3, 5, ErrorCodes.Validation, error.Message), error);
        Assert.Contains("Cannot query field 'nope' on type 'Account'", error.Message);
        Assert.StartsWith("/ops/GetAccount.graphql(3,5): error TXGQL002: Cannot query field 'nope' on type 'Account'", MsBuildErrorFormatter.Format(error));
    }

    [Fact]
    public void AnErrorInsideAFragmentPointsIntoTheFragmentsOwnFile()
    {
        var error = Assert.Single(Errors(
            ("/ops/GetAccount.graphql", "query GetAccount {\n  account(id: \"1\") { ...Parts }\n}"),
            ("/ops/fragments/Parts.graphql", "# parts\n\nfragment Parts on Account {\n  id\n  balanse\n}")));

        Assert.Equal(("/ops/fragments/Parts.graphql", 5, 3), (error.File, error.Line, error.Column));
        Assert.Contains("'balanse'", error.Message);
    }

    [Fact]
    public void WrongArgumentsAndUnknownTypesAreReported()
    {
        var errors = Errors(("/ops/Bad.graphql", "query Bad($x: Nope) {\n  account(id: 1.5) { id }\n}"));

        Assert.Contains(errors, e => e.Line == 1 && e.Message.Contains("Nope"));
        Assert.Contains(errors, e => e.Line == 2 && e.Message.Contains("id"));
    }

    [Fact]
    public void AnonymousOperationsAreRefused()
    {
        var error = Assert.Single(Errors(("/ops/Anything.graphql", "{ matrix }")));

        Assert.Equal((ErrorCodes.AnonymousOperation, 1, 1), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void AFileWithTwoOperationsIsRefused()
    {
        var error = Assert.Single(Errors(("/ops/First.graphql", "query First { matrix }\n\nquery Second { matrix }")));

        Assert.Equal((ErrorCodes.SeveralOperations, 3, 1), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void TwoOperationsWithOneNameAreRefused()
    {
        var error = Assert.Single(Errors(("/ops/a/Same.graphql", "query Same { matrix }"), ("/ops/b/Same.graphql", "query Same { matrix }")));

        Assert.Equal((ErrorCodes.DuplicateOperation, "/ops/b/Same.graphql"), (error.Code, error.File));
        Assert.Contains("only one operation named 'Same'", error.Message);
    }

    [Fact]
    public void AnOperationNamedUnlikeItsFileIsRefused()
    {
        var error = Assert.Single(Errors(("/ops/GetThing.graphql", "query GetOther { matrix }")));

        Assert.Equal((ErrorCodes.FileNameMismatch, 1, 7), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void ASyntaxErrorCarriesItsPosition()
    {
        var error = Assert.Single(Errors(("/ops/Broken.graphql", "query Broken {\n  matrix\n  account(id: ) { id }\n}")));

        Assert.Equal((ErrorCodes.Syntax, "/ops/Broken.graphql", 3, 15), (error.Code, error.File, error.Line, error.Column));
    }

    [Fact]
    public void EveryErrorOfEveryFileIsReportedAtOnce()
    {
        var errors = Errors(("/ops/A.graphql", "query A { nope }"), ("/ops/B.graphql", "query B { alsoNope }"));

        Assert.Equal(["/ops/A.graphql", "/ops/B.graphql"], errors.Select(e => e.File));
    }

    private static IReadOnlyList<GeneratorError> Errors(params (string Path, string Text)[] files) =>
        Assert.Throws<GeneratorException>(() => SampleSchema.Generate(files)).Errors;
}

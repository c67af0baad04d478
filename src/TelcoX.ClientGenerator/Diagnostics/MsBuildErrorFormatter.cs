namespace TelcoX.ClientGenerator.Diagnostics;

/// <summary>
/// Canonical MSBuild error lines (<c>file(line,col): error CODE: message</c>): MSBuild's Exec task turns
/// each one it reads on the tool's output into a build error that IDEs can jump to.
/// </summary>
public static class MsBuildErrorFormatter
{
    public static string Format(GeneratorError error) =>
        $"{error.File}({error.Line},{error.Column}): error {error.Code}: {OneLine(error.Message)}";

    // A line break would cut the message in two: MSBuild reads the error one line at a time.
    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}

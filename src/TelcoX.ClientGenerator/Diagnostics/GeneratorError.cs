namespace TelcoX.ClientGenerator.Diagnostics;

/// <summary>One problem in one operation file; printed as a canonical MSBuild error so the build fails on it.</summary>
public sealed record GeneratorError(string File, int Line, int Column, string Code, string Message);

/// <summary>Thrown for problems that stop generation before any C# is written.</summary>
public sealed class GeneratorException(IReadOnlyList<GeneratorError> errors) : Exception(string.Join(Environment.NewLine, errors.Select(MsBuildErrorFormatter.Format)))
{
    public GeneratorException(GeneratorError error) : this([error]) { }

    public IReadOnlyList<GeneratorError> Errors { get; } = errors;
}

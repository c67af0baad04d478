namespace TelcoX.ClientGenerator.Diagnostics;

/// <summary>The TXGQL error codes; README.md in src/TelcoX.Client lists them for people reading a failed build.</summary>
public static class ErrorCodes
{
    public const string Syntax = "TXGQL001";
    public const string Validation = "TXGQL002";
    public const string AnonymousOperation = "TXGQL003";
    public const string DuplicateOperation = "TXGQL004";
    public const string SeveralOperations = "TXGQL005";
    public const string FileNameMismatch = "TXGQL006";
    public const string DuplicateFragment = "TXGQL007";
    public const string UnsupportedDefinition = "TXGQL008";
    public const string Schema = "TXGQL009";
}

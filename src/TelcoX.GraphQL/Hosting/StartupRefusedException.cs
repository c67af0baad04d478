namespace TelcoX.GraphQL.Hosting;

/// <summary>A setting the API will not start with; the message names the setting and what to set instead.</summary>
public sealed class StartupRefusedException(string message) : InvalidOperationException(message);

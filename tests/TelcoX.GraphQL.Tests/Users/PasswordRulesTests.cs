using System.Text.Json;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Users;

/// <summary>What register accepts as a password: length as people count it, and nothing guessers try first.</summary>
public sealed class PasswordRulesTests(TelcoApiFactory api) : IClassFixture<TelcoApiFactory>
{
    private const string TooShort = "Password must be at least 10 characters";
    private const string TooGuessable = "Password is too common or too easy to guess; try a phrase of several unrelated words";

    [Theory]
    [InlineData("😀😀😀😀😀", TooShort)] // 10 UTF-16 units, 5 characters
    [InlineData("👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧", TooShort)] // 24 units, 3 characters
    [InlineData("password12", TooGuessable)]
    [InlineData("1234567890", TooGuessable)]
    [InlineData("0987654321", TooGuessable)]
    [InlineData("aaaaaaaaaa", TooGuessable)]
    [InlineData("qwertyuiop", TooGuessable)]
    [InlineData("abcdefghijkl", TooGuessable)]
    [InlineData("abcabcabcabc", TooGuessable)]
    [InlineData("trustno1trustno1", TooGuessable)]
    [InlineData("Password2026!", TooGuessable)]
    [InlineData("!!Monkey123456", TooGuessable)]
    [InlineData("iloveyou12", TooGuessable)]
    public async Task ShortOrGuessablePasswordsAreRefusedWithASentence(string password, string message)
    {
        var payload = await RegisterAsync(Email(), password);

        var error = PayloadAssert.SingleError(payload, "ValidationError", message, "BAD_USER_INPUT");
        Assert.Equal("password", error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task APasswordThatIsTheAccountsOwnEmailNameIsRefused()
    {
        var local = $"maria.lopez{TestRows.Unique()}";

        var payload = await RegisterAsync($"{local}@example.test", local.ToUpperInvariant() + "!");

        PayloadAssert.SingleError(payload, "ValidationError", TooGuessable, "BAD_USER_INPUT");
    }

    [Theory]
    [InlineData("😀😺🎉🚀🌮🎸🐙🍀🌈🔥")] // ten emoji: ten characters
    [InlineData("kitten saucer lamp")]
    [InlineData("contraseña-de-ñandú")]
    public async Task TenCharactersAsPeopleSeeThemAreEnough(string password) =>
        PayloadAssert.Succeeded(await RegisterAsync(Email(), password));

    private static string Email() => $"rules-{TestRows.Unique()}@example.test";

    private async Task<JsonElement> RegisterAsync(string email, string password) =>
        (await api.CreateClient().QueryDataAsync(UserDocuments.Register, new { input = new { email, password } })).GetProperty("register");
}

using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TelcoX.GraphQL.Tests.Infrastructure;

namespace TelcoX.GraphQL.Tests.Auth;

/// <summary>ADMIN tokens that must all be refused: forged, expired, for another audience or issuer.</summary>
public static class TestTokens
{
    public static string Forged() => Sign(Convert.ToBase64String(new byte[48]), DateTime.UtcNow.AddHours(1));

    public static string Expired(TelcoApiFactory api) => Sign(Key(api), DateTime.UtcNow.AddHours(-1));

    public static string WrongAudience(TelcoApiFactory api) => Sign(Key(api), DateTime.UtcNow.AddHours(1), audience: "someone-else");

    public static string WrongIssuer(TelcoApiFactory api) => Sign(Key(api), DateTime.UtcNow.AddHours(1), issuer: "someone-else");

    private static string Key(TelcoApiFactory api) => api.Services.GetRequiredService<IConfiguration>()["Auth:SigningKey"]!;

    private static string Sign(string key, DateTime expires, string audience = "telcox-api", string issuer = "telcox") =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expires.AddHours(-2),
            NotBefore = expires.AddHours(-2),
            Expires = expires,
            Claims = new Dictionary<string, object> { ["sub"] = "1", ["role"] = "ADMIN" },
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        });
}

using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TelcoX.GraphQL.Users;

namespace TelcoX.GraphQL.Auth;

/// <summary>Signs the HS256 JWT that login hands out.</summary>
public sealed class TokenIssuer(IOptionsMonitor<AuthOptions> options, ILogger<TokenIssuer> logger, TimeProvider? clock = null)
{
    public const string CustomerIdClaim = "customer_id";
    private readonly JsonWebTokenHandler handler = new();

    /// <summary>False when no usable key is configured: login then refuses rather than sign with a guess.</summary>
    public bool CanIssue => KeyBytes(options.CurrentValue) is not null;

    public IssuedToken Issue(User user)
    {
        var settings = options.CurrentValue;
        var key = KeyBytes(settings) ?? throw new InvalidOperationException("Auth:SigningKey is missing or shorter than 32 bytes.");
        var now = (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime;
        var expires = now + settings.TokenLifetime;
        var claims = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [JwtRegisteredClaimNames.Email] = user.Email,
            ["role"] = user.Role.ToString().ToUpperInvariant(), // as the GraphQL enum spells it
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
            [SecurityStamp.ClaimType] = SecurityStamp.Of(user),
        };
        if (user.CustomerId is { } customerId)
            claims[CustomerIdClaim] = customerId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var token = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = expires,
            Claims = claims,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key), SecurityAlgorithms.HmacSha256),
        });
        return new IssuedToken(token, expires);
    }

    private byte[]? KeyBytes(AuthOptions settings)
    {
        var bytes = string.IsNullOrEmpty(settings.SigningKey) ? null : Encoding.UTF8.GetBytes(settings.SigningKey);
        if (bytes is { Length: >= AuthOptions.MinSigningKeyBytes })
            return bytes;
        logger.LogError("Auth:SigningKey is missing or shorter than {Bytes} bytes; login cannot issue tokens.", AuthOptions.MinSigningKeyBytes);
        return null;
    }
}

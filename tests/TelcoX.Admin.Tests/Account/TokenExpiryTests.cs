using TelcoX.Admin.Components.Account;

namespace TelcoX.Admin.Tests.Account;

public sealed class TokenExpiryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 20, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AUserStaysSignedInUntilTheirApiTokenExpires()
    {
        var user = AdminClaims.Create("agent@telcox.dev", "AGENT", "token", Now.AddMinutes(1));

        Assert.True(TokenExpiryRevalidator.IsCurrent(user, Now));
        Assert.False(TokenExpiryRevalidator.IsCurrent(user, Now.AddMinutes(1)));
        Assert.Equal("token", AdminClaims.AccessTokenOf(user));
    }
}

using System.Collections.Frozen;
using System.Globalization;

namespace TelcoX.GraphQL.Users;

/// <summary>
/// What guessers try first (NIST SP 800-63B's blocklist): the commonest passwords, also with digits or
/// symbols tacked on ("password12"), one character or chunk repeated, keyboard and alphabet runs
/// ("1234567890", "qwertyuiop"), and the account's own e-mail.
/// </summary>
public static class GuessablePasswords
{
    private static readonly Lazy<FrozenSet<string>> Common = new(LoadCommon);
    private static readonly string[] Runs =
        [.. new[] { "01234567890", "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p" }
            .SelectMany(run => new[] { run, new string(run.Reverse().ToArray()) })];

    public static bool IsGuessable(string password, string email)
    {
        var folded = password.Trim().ToLowerInvariant();
        var core = folded.Trim(Decoration);
        var localPart = email.Split('@')[0].Trim(Decoration);
        return Common.Value.Contains(folded)
            || Common.Value.Contains(core)
            || (localPart.Length > 0 && core == localPart) || folded == email
            || IsRepeated(folded)
            || Runs.Any(run => run.Contains(folded, StringComparison.Ordinal));
    }

    // Digits, punctuation and spaces people tack on to a common word: "password12", "!monkey2024".
    private static readonly char[] Decoration =
        [.. Enumerable.Range(0x20, 0x7F - 0x20).Select(c => (char)c).Where(c => !char.IsAsciiLetter(c))];

    /// <summary>"aaaaaaaaaa", "abcabcabca", "passwordpassword": every character equals the one a period earlier.</summary>
    private static bool IsRepeated(string text)
    {
        for (var period = 1; period <= text.Length / 2; period++)
        {
            var i = period;
            while (i < text.Length && text[i] == text[i - period])
                i++;
            if (i == text.Length)
                return true;
        }
        return false;
    }

    private static FrozenSet<string> LoadCommon()
    {
        using var stream = typeof(GuessablePasswords).Assembly.GetManifestResourceStream("TelcoX.CommonPasswords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
            if (line.Length > 0)
                words.Add(line.ToLower(CultureInfo.InvariantCulture));
        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}

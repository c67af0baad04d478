using System.Buffers;
using System.Globalization;
using System.Text;
using ADRaffy.ENSNormalize;

namespace TelcoX.GraphQL.Mutations;

/// <summary>
/// Text people read (names, the keys they type): control, invisible formatting (U+200B, U+202E …),
/// private-use and unassigned characters are refused, so that "Acme" and "Ac\u200Bme" cannot pass as two
/// names; what is kept is stored in NFC, so "Café" typed composed or decomposed is one name.
/// </summary>
public static class ReadableText
{
    /// <summary>The first character with no place in such text, written "U+202E"; null when there is none.</summary>
    public static string? FirstRefused(string value, bool allowLineBreaks = false)
    {
        for (var i = 0; i < value.Length;)
        {
            // A lone surrogate is no character at all (and would make Normalize throw).
            if (Rune.DecodeFromUtf16(value.AsSpan(i), out var rune, out var used) != OperationStatus.Done)
                return $"U+{(int)value[i]:X4}";
            if (!Allowed(rune, allowLineBreaks))
                return $"U+{rune.Value:X4}";
            i += used;
        }
        return null;
    }

    /// <summary>
    /// The NFC form, by a managed normaliser: under InvariantGlobalization (Directory.Build.props)
    /// <see cref="string.Normalize()"/> leaves anything beyond ASCII as it is.
    /// </summary>
    public static string Nfc(string value) => Ascii.IsValid(value) ? value : ENSNormalize.NF.NFC(value);

    private static bool Allowed(Rune rune, bool allowLineBreaks) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control => allowLineBreaks && rune.Value is 0x09 or 0x0A or 0x0D,
        UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => false,
        _ => true,
    };
}

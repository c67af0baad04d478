namespace TelcoX.GraphQL.Server.Documents;

/// <summary>
/// One linear pass over a document's text before the parser sees it: counts its tokens, measures its
/// lines, and wraps lines longer than <see cref="WrapWidth"/> at a space or comma outside strings and
/// comments. GraphQL-Parser builds a syntax error's caret line one space at a time, so an error at
/// column n costs n² (100,000 columns ≈ 10 s of CPU); after wrapping, no error lies further along than
/// the longest unbreakable run. A wrap turns one ignored character into a line feed, which the grammar
/// also ignores, at the same offset: the wrapped text means the same and offsets map one to one.
/// Lone carriage returns become line feeds the same way.
/// </summary>
public sealed class ScannedDocument
{
    public const int WrapWidth = 256;

    private ScannedDocument(string source, string text, int tokens, int longestLine, int longestLineNumber)
    {
        Source = source;
        Text = text;
        Tokens = tokens;
        LongestLine = longestLine;
        LongestLineNumber = longestLineNumber;
    }

    /// <summary>The text as the client sent it.</summary>
    public string Source { get; }

    /// <summary>The text to parse: <see cref="Source"/>, or a copy with long lines wrapped.</summary>
    public string Text { get; }

    public bool Wrapped => !ReferenceEquals(Source, Text);

    public int Tokens { get; }

    /// <summary>The longest line of <see cref="Text"/>, comments not counted.</summary>
    public int LongestLine { get; }

    /// <summary>Where that line starts in the client's own text, 1-based.</summary>
    public int LongestLineNumber { get; }

    public static ScannedDocument Scan(string source)
    {
        var scanner = new Scanner(source);
        scanner.Run();
        return new ScannedDocument(source, scanner.Copy is null ? source : new string(scanner.Copy),
            scanner.Tokens, scanner.LongestLine, scanner.LongestLineNumber);
    }

    private sealed class Scanner(string source)
    {
        private const string Punctuators = "!$&():=@[]{|}";
        private int position, lineStart, line = 1;

        public char[]? Copy { get; private set; }
        public int Tokens { get; private set; }
        public int LongestLine { get; private set; }
        public int LongestLineNumber { get; private set; } = 1;

        public void Run()
        {
            while (position < source.Length)
            {
                var c = source[position];
                if (c is '\n' or '\r')
                    LineBreak();
                else if (c is ' ' or '\t' or ',')
                    Ignored();
                else if (c == '#')
                    Comment();
                else if (c == '"')
                    StringValue();
                else
                    Token(c);
            }
            EndLine(source.Length);
        }

        private void Ignored()
        {
            if (position - lineStart >= WrapWidth)
            {
                (Copy ??= source.ToCharArray())[position] = '\n';
                EndLine(position);
                lineStart = position + 1;
            }
            position++;
        }

        /// <summary>
        /// A lone CR becomes an LF: both end a line (in block strings too), but GraphQL-Parser counts a CR
        /// as a line when it locates an error and then cuts lines at LF only, and throws past its last one.
        /// </summary>
        private void LineBreak()
        {
            EndLine(position);
            var crlf = source[position] == '\r' && position + 1 < source.Length && source[position + 1] == '\n';
            if (source[position] == '\r' && !crlf)
                (Copy ??= source.ToCharArray())[position] = '\n';
            position += crlf ? 2 : 1;
            lineStart = position;
            line++;
        }

        /// <summary>A comment runs to the line's end and can hold no error, so it does not count toward the line.</summary>
        private void Comment()
        {
            EndLine(position);
            while (position < source.Length && source[position] is not ('\n' or '\r'))
                position++;
            lineStart = position;
        }

        private void StringValue()
        {
            Tokens++;
            if (string.CompareOrdinal(source, position, "\"\"\"", 0, 3) == 0)
            {
                BlockString();
                return;
            }
            position++;
            while (position < source.Length && source[position] is not ('"' or '\n' or '\r'))
                position += source[position] == '\\' ? 2 : 1;
            if (position < source.Length && source[position] == '"')
                position++;
        }

        /// <summary>A block string may span lines; only <c>\"""</c> escapes its end.</summary>
        private void BlockString()
        {
            position += 3;
            while (position < source.Length)
            {
                if (source[position] == '\\' && string.CompareOrdinal(source, position + 1, "\"\"\"", 0, 3) == 0)
                    position += 4;
                else if (string.CompareOrdinal(source, position, "\"\"\"", 0, 3) == 0)
                {
                    position += 3;
                    return;
                }
                else if (source[position] is '\n' or '\r')
                    LineBreak();
                else
                    position++;
            }
        }

        private void Token(char c)
        {
            Tokens++;
            if (c == '.' || Punctuators.Contains(c))
            {
                // "..." is one token; a lone "." is the parser's error to report.
                position += string.CompareOrdinal(source, position, "...", 0, 3) == 0 ? 3 : 1;
                return;
            }
            // A name, a number or a character the grammar lacks: the run ends at the next separator or punctuator.
            position++;
            while (position < source.Length && !EndsToken(source[position]))
                position++;
        }

        private static bool EndsToken(char c) => c is ' ' or '\t' or ',' or '\n' or '\r' or '#' or '"' || Punctuators.Contains(c);

        private void EndLine(int end)
        {
            if (end - lineStart > LongestLine)
            {
                LongestLine = end - lineStart;
                LongestLineNumber = line;
            }
        }
    }
}

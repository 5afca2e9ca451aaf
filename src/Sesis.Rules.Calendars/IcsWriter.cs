using System.Text;

namespace Sesis.Rules.Calendars;

// Writes iCalendar content lines (RFC 5545 section 3.1): CRLF endings, lines folded at 75 octets of UTF-8 without
// splitting a character, TEXT values escaped.
internal sealed class IcsWriter
{
    private const int MaxOctets = 75;

    // Throws for a lone surrogate, which an ordinary encoder would silently write as U+FFFD.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly StringBuilder _text = new();

    public void Line(string nameAndParameters, string value)
    {
        var line = nameAndParameters + ":" + value;
        var octets = 0;
        for (var i = 0; i < line.Length; i++)
        {
            // Values are dates, constants or Text, which refuses a lone surrogate: a high surrogate has its low half next.
            var width = char.IsHighSurrogate(line[i]) ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, width));
            if (octets + size > MaxOctets)
            {
                _text.Append("\r\n ");
                octets = 1; // the leading space of the continuation line
            }

            _text.Append(line, i, width);
            octets += size;
            i += width - 1;
        }

        _text.Append("\r\n");
    }

    // RFC 5545 section 3.3.11: \ ; , are escaped with a backslash and a line feed is written \n. Other control
    // characters cannot be written as TEXT, nor half a character in UTF-8.
    public static string Text(string value)
    {
        try
        {
            StrictUtf8.GetByteCount(value);
        }
        catch (EncoderFallbackException e)
        {
            throw new ArgumentException($"The name {CalendarText.Quote(value)} holds half of a character (a lone surrogate), which UTF-8 cannot hold.", nameof(value), e);
        }

        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\' or ';' or ',':
                    text.Append('\\').Append(c);
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\t':
                    text.Append(c);
                    break;
                default:
                    if (char.IsControl(c))
                    {
                        throw new ArgumentException($"The name {CalendarText.Quote(value)} holds the control character U+{(int)c:X4}, which iCalendar text cannot hold.", nameof(value));
                    }

                    text.Append(c);
                    break;
            }
        }

        return text.ToString();
    }

    public override string ToString() => _text.ToString();
}

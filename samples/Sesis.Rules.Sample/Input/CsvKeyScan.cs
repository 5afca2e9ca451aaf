using System.Buffers;

namespace Sesis.Rules.Sample.Input;

/// <summary>
/// The pass over a CSV file that tells whether its records are sorted and their earliest date (see
/// <see cref="RecordSource.Scan"/>), made without a CSV library: one look at each character, only the provider id
/// and date cells copied, no string per row. It reads the file as the record reader's CSV parser does for a
/// well-formed file (RFC 4180: comma-separated, double quotes around a cell, two of them for one inside it, CR, LF or
/// CRLF between rows, blank lines skipped). Where a file leaves that form (a quote inside an unquoted cell, text after
/// a closing quote, a quote never closed) it gives up and returns null, so that the parser's own reading decides.
/// </summary>
internal static class CsvKeyScan
{
    private static readonly SearchValues<char> Special = SearchValues.Create(",\"\r\n");
    private static readonly SearchValues<char> Quote = SearchValues.Create("\"");

    private enum State
    {
        CellStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }

    /// <summary>Scans <paramref name="text"/> from its start; null when the file is not plain RFC 4180 or lacks a providerId or date column.</summary>
    public static SourceFacts? TryScan(TextReader text)
    {
        var buffer = new char[1 << 16];
        var facts = new SourceFactsBuilder();
        var header = new List<string>();
        var cell = new CellText();
        var provider = new CellText();
        var date = new CellText();
        int providerColumn = -1, dateColumn = -1;
        var inHeader = true;
        var state = State.CellStart;
        var column = 0;
        var rowHasText = false; // a row of nothing at all is a blank line, which the parser skips
        var afterCr = false;

        // Ends the current cell; at the end of a row, hands its key on (or reads the header).
        bool EndCell(bool endsRow)
        {
            if (inHeader)
            {
                header.Add(cell.ToString());
            }
            else if (column == providerColumn)
            {
                provider.Take(cell);
            }
            else if (column == dateColumn)
            {
                date.Take(cell);
            }

            cell.Clear();
            column++;
            if (!endsRow)
            {
                return true;
            }

            if (inHeader)
            {
                (providerColumn, dateColumn) = (header.IndexOf("providerId"), header.IndexOf("date"));
                inHeader = false;
                if (providerColumn < 0 || dateColumn < 0)
                {
                    return false;
                }
            }
            else
            {
                // A row with fewer cells has no such cell: null, as the parser's reading gives.
                facts.Add(provider.Span, column <= providerColumn, date.Span, column <= dateColumn);
            }

            provider.Clear();
            date.Clear();
            column = 0;
            rowHasText = false;
            return true;
        }

        int read;
        while ((read = text.Read(buffer, 0, buffer.Length)) > 0)
        {
            var span = buffer.AsSpan(0, read);
            for (var i = 0; i < span.Length; i++)
            {
                var c = span[i];
                if (afterCr)
                {
                    afterCr = false;
                    if (c == '\n')
                    {
                        continue;
                    }
                }

                switch (state)
                {
                    case State.CellStart or State.Unquoted:
                        if (c == ',')
                        {
                            rowHasText = true;
                            EndCell(endsRow: false);
                            state = State.CellStart;
                        }
                        else if (c is '\r' or '\n')
                        {
                            afterCr = c == '\r';
                            if (!rowHasText && inHeader)
                            {
                                return null; // a blank line before the header: left to the parser
                            }

                            if (rowHasText && !EndCell(endsRow: true))
                            {
                                return null;
                            }

                            state = State.CellStart;
                        }
                        else if (c == '"')
                        {
                            if (state == State.Unquoted)
                            {
                                return null;
                            }

                            rowHasText = true;
                            state = State.Quoted;
                        }
                        else
                        {
                            // This character and the ordinary ones after it belong to the cell: taken in one step.
                            rowHasText = true;
                            var end = Ordinary(span, i + 1, Special);
                            cell.Append(span[i..end], inHeader || column == providerColumn || column == dateColumn);
                            i = end - 1;
                            state = State.Unquoted;
                        }

                        break;
                    case State.Quoted:
                        if (c == '"')
                        {
                            state = State.QuoteInQuoted;
                        }
                        else
                        {
                            var end = Ordinary(span, i + 1, Quote);
                            cell.Append(span[i..end], inHeader || column == providerColumn || column == dateColumn);
                            i = end - 1;
                        }

                        break;
                    default: // QuoteInQuoted
                        if (c == '"')
                        {
                            cell.Append(c, inHeader || column == providerColumn || column == dateColumn);
                            state = State.Quoted;
                        }
                        else if (c == ',')
                        {
                            EndCell(endsRow: false);
                            state = State.CellStart;
                        }
                        else if (c is '\r' or '\n')
                        {
                            afterCr = c == '\r';
                            if (!EndCell(endsRow: true))
                            {
                                return null;
                            }

                            state = State.CellStart;
                        }
                        else
                        {
                            return null;
                        }

                        break;
                }
            }
        }

        if (state == State.Quoted)
        {
            return null;
        }

        if (rowHasText && !EndCell(endsRow: true))
        {
            return null;
        }

        return inHeader ? null : facts.Facts;
    }

    // Where the run of characters from start that are none of stops ends.
    private static int Ordinary(ReadOnlySpan<char> span, int start, SearchValues<char> stops)
    {
        var at = span[start..].IndexOfAny(stops);
        return at < 0 ? span.Length : start + at;
    }

    /// <summary>The text of one cell, in a reused buffer; only the cells that are needed keep their characters.</summary>
    private sealed class CellText
    {
        private char[] _chars = new char[64];
        private int _length;

        public ReadOnlySpan<char> Span => _chars.AsSpan(0, _length);

        public void Append(char c, bool keep)
        {
            if (!keep)
            {
                return;
            }

            if (_length == _chars.Length)
            {
                Array.Resize(ref _chars, _chars.Length * 2);
            }

            _chars[_length++] = c;
        }

        public void Append(ReadOnlySpan<char> text, bool keep)
        {
            if (!keep)
            {
                return;
            }

            if (_length + text.Length > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(_length + text.Length, _chars.Length * 2));
            }

            text.CopyTo(_chars.AsSpan(_length));
            _length += text.Length;
        }

        public void Take(CellText other)
        {
            if (other._length > _chars.Length)
            {
                _chars = new char[other._chars.Length];
            }

            other.Span.CopyTo(_chars);
            _length = other._length;
        }

        public void Clear() => _length = 0;

        public override string ToString() => new(Span);
    }
}

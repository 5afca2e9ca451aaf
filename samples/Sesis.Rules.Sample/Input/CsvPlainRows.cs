namespace Sesis.Rules.Sample.Input;

/// <summary>
/// Splits a CSV file into rows of cells without the CSV library, for the form nearly every export has: RFC 4180
/// with each row on one line (commas between cells, double quotes around a cell, two of them for one inside it; CR,
/// LF or CRLF after a row; blank lines skipped). A row outside that form (a quote inside an unquoted cell, text after
/// a closing quote, a line break inside quotes) is not read: <see cref="Next"/> says so, and the caller hands the rest
/// of the file to the CSV parser. A cell equal to the one above it (the same provider, code, date or time, as rows
/// sorted by provider repeat them) shares its string.
/// </summary>
internal sealed class CsvPlainRows
{
    private readonly TextReader _text;

    // The previous row's cells, by column.
    private readonly List<string> _above = [];
    private readonly List<string?> _row = [];
    private char[] _buffer = new char[1 << 16];
    private int _next;
    private int _count;
    private bool _ended;
    private bool _afterCr;
    private int _line = 1;

    public CsvPlainRows(TextReader text) => _text = text;

    /// <summary>What <see cref="Next"/> found.</summary>
    public enum Outcome
    {
        /// <summary>A row, with its cells and line.</summary>
        Row,

        /// <summary>The end of the file.</summary>
        End,

        /// <summary>A row outside the plain form, left to the CSV parser (nothing of it was taken).</summary>
        NotPlain,
    }

    /// <summary>Reads the next row that is not blank.</summary>
    /// <param name="cells">The row's cells; an empty cell is an empty string, as the parser gives it.</param>
    /// <param name="line">The row's line in the file.</param>
    public Outcome Next(out string?[] cells, out int line)
    {
        cells = [];
        line = 0;
        while (true)
        {
            var end = RowEnd();
            if (end < 0)
            {
                return Outcome.End;
            }

            var row = _buffer.AsSpan(_next, end - _next);
            if (row.IsEmpty)
            {
                Advance(end);
                continue; // a blank line
            }

            if (!Split(row))
            {
                return Outcome.NotPlain;
            }

            line = _line;
            cells = [.. _row];
            Advance(end);
            return Outcome.Row;
        }
    }

    // Past the row that ends at end (and its line break), counting the line.
    private void Advance(int end)
    {
        _next = end;
        if (_next < _count)
        {
            _afterCr = _buffer[_next] == '\r';
            _next++;
        }

        _line++;
    }

    // Where the row starting at _next ends (its line break, or the end of the text), or -1 when there is no row left.
    // A row is one line: a line break inside quotes makes the row not plain, which Split finds.
    private int RowEnd()
    {
        var from = 0;
        while (true)
        {
            if (_afterCr && _next < _count)
            {
                _afterCr = false;
                if (_buffer[_next] == '\n')
                {
                    _next++;
                }
            }

            var span = _buffer.AsSpan(_next, _count - _next);
            var end = span[from..].IndexOfAny('\r', '\n');
            if (end >= 0)
            {
                return _next + from + end;
            }

            if (_ended)
            {
                return span.IsEmpty ? -1 : _count;
            }

            from = span.Length; // still at the front after Fill: looked at already
            Fill();
        }
    }

    // Moves what is left to the front of the buffer (growing it when a row fills it) and reads more.
    private void Fill()
    {
        var left = _count - _next;
        if (left == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        else if (_next > 0)
        {
            Array.Copy(_buffer, _next, _buffer, 0, left);
        }

        _next = 0;
        _count = left;
        var read = _text.Read(_buffer, _count, _buffer.Length - _count);
        _count += read;
        _ended = read == 0;
    }

    // The cells of one row, into _row; false when the row is not in the plain form.
    private bool Split(ReadOnlySpan<char> row)
    {
        _row.Clear();
        if (row.ContainsAny('\r', '\n'))
        {
            return false;
        }

        var at = 0;
        while (true)
        {
            if (at < row.Length && row[at] == '"')
            {
                // Quoted: up to the closing quote, two quotes standing for one; then a comma or the row's end.
                var cell = new System.Text.StringBuilder();
                var i = at + 1;
                while (true)
                {
                    var quote = row[i..].IndexOf('"');
                    if (quote < 0)
                    {
                        return false; // never closed on this line
                    }

                    cell.Append(row.Slice(i, quote));
                    i += quote + 1;
                    if (i < row.Length && row[i] == '"')
                    {
                        cell.Append('"');
                        i++;
                        continue;
                    }

                    break;
                }

                if (i < row.Length && row[i] != ',')
                {
                    return false; // text after the closing quote
                }

                _row.Add(Remember(cell.ToString()));
                if (i >= row.Length)
                {
                    return true;
                }

                at = i + 1;
                if (at == row.Length)
                {
                    _row.Add(string.Empty);
                    return true;
                }

                continue;
            }

            var comma = row[at..].IndexOf(',');
            var text = comma < 0 ? row[at..] : row.Slice(at, comma);
            if (text.Contains('"'))
            {
                return false; // a quote inside an unquoted cell
            }

            _row.Add(Remember(text));
            if (comma < 0)
            {
                return true;
            }

            at += comma + 1;
            if (at == row.Length)
            {
                _row.Add(string.Empty);
                return true;
            }
        }
    }

    // The cell's text: the string of the cell above it when they are equal, else a new one, remembered for the next row.
    private string Remember(ReadOnlySpan<char> cell)
    {
        if (cell.IsEmpty)
        {
            return string.Empty;
        }

        var above = Above();
        return cell.SequenceEqual(_above[above]) ? _above[above] : _above[above] = new string(cell);
    }

    private string Remember(string cell)
    {
        if (cell.Length == 0)
        {
            return string.Empty;
        }

        var above = Above();
        return string.Equals(cell, _above[above], StringComparison.Ordinal) ? _above[above] : _above[above] = cell;
    }

    // The index in _above of the cell being added to _row.
    private int Above()
    {
        while (_above.Count <= _row.Count)
        {
            _above.Add(string.Empty);
        }

        return _row.Count;
    }
}

using NodaTime;
using NodaTime.Text;

namespace Sesis.Rules.Sample.Input;

/// <summary>
/// Works out <see cref="SourceFacts"/> from each record's provider id and date text, in input order: sorted while
/// every key sorts at or after the one before (provider ordinal, then date text ordinal), and the earliest date that
/// reads as an ISO date. Takes spans, so a scan need not make a string per row; a null key (no such cell) sorts first.
/// </summary>
internal sealed class SourceFactsBuilder
{
    // Distinct date texts remembered with their reading: a batch has a few hundred dates at most, read once each.
    private const int RememberedDates = 4096;
    private readonly Dictionary<string, LocalDate?> _dates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LocalDate?>.AlternateLookup<ReadOnlySpan<char>> _dateLookup;
    private readonly Key _provider = new();
    private readonly Key _date = new();
    private bool _first = true;
    private bool _sorted = true;
    private LocalDate? _earliest;

    public SourceFactsBuilder() => _dateLookup = _dates.GetAlternateLookup<ReadOnlySpan<char>>();

    public SourceFacts Facts => new(_sorted, _earliest);

    public void Add(string? provider, string? date) => Add(provider, provider is null, date, date is null);

    /// <summary>Adds one record's key; a null flag stands for a missing cell (null), not an empty one.</summary>
    public void Add(ReadOnlySpan<char> provider, bool providerIsNull, ReadOnlySpan<char> date, bool dateIsNull)
    {
        if (!_first && _sorted)
        {
            var byProvider = _provider.CompareFrom(provider, providerIsNull);
            _sorted = byProvider > 0 || (byProvider == 0 && _date.CompareFrom(date, dateIsNull) >= 0);
        }

        if (!dateIsNull && Read(date) is { } parsed && (_earliest is null || parsed < _earliest))
        {
            _earliest = parsed;
        }

        _provider.Set(provider, providerIsNull);
        _date.Set(date, dateIsNull);
        _first = false;
    }

    private LocalDate? Read(ReadOnlySpan<char> date)
    {
        if (_dateLookup.TryGetValue(date, out var known))
        {
            return known;
        }

        var text = new string(date);
        var parsed = LocalDatePattern.Iso.Parse(text) is { Success: true } result ? result.Value : (LocalDate?)null;
        if (_dates.Count < RememberedDates)
        {
            _dates.Add(text, parsed);
        }

        return parsed;
    }

    /// <summary>The previous record's provider or date text, kept in a reused buffer.</summary>
    private sealed class Key
    {
        private char[] _chars = new char[64];
        private int _length;
        private bool _isNull;

        // string.CompareOrdinal(next, previous): null first, then UTF-16 code unit order.
        public int CompareFrom(ReadOnlySpan<char> next, bool nextIsNull) =>
            nextIsNull || _isNull
                ? (nextIsNull ? 0 : 1) - (_isNull ? 0 : 1)
                : next.SequenceCompareTo(_chars.AsSpan(0, _length));

        public void Set(ReadOnlySpan<char> value, bool isNull)
        {
            _isNull = isNull;
            if (value.Length > _chars.Length)
            {
                _chars = new char[Math.Max(value.Length, _chars.Length * 2)];
            }

            value.CopyTo(_chars);
            _length = value.Length;
        }
    }
}

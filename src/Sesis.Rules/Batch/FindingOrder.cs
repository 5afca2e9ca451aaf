namespace Sesis.Rules;

/// <summary>
/// The output order of batch findings: record position, then code, field and message, all ordinal. A total
/// order on what a finding says, so equal inputs give equal lists whatever order the rules ran in.
/// </summary>
internal sealed class FindingOrder : IComparer<RecordFinding>
{
    public static FindingOrder Instance { get; } = new();

    public int Compare(RecordFinding? x, RecordFinding? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        // Stryker disable once Unary : the batch never sorts a null finding; kept for the IComparer contract
        if (x is null) return -1;
        if (y is null) return 1;
        var c = x.Index.CompareTo(y.Index);
        if (c == 0) c = string.CompareOrdinal(x.Finding.Code, y.Finding.Code);
        if (c == 0) c = string.CompareOrdinal(x.Finding.Field, y.Finding.Field);
        if (c == 0) c = string.CompareOrdinal(x.Finding.Message, y.Finding.Message);
        if (c == 0) c = x.Finding.Severity.CompareTo(y.Finding.Severity);
        if (c == 0) c = string.CompareOrdinal(x.Finding.AttemptedValue, y.Finding.AttemptedValue);
        return c;
    }
}

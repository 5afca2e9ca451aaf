namespace Sesis.Rules.Tests;

/// <summary>
/// The SR901-SR904 rules read word for word and checked pair by pair, O(n^2): the reference the sweeping batch
/// validator must agree with. Kept deliberately naive.
/// </summary>
public static class PairwiseOracle
{
    public static string[] Expected(IReadOnlyList<ServiceRecord> records)
    {
        var codes = new List<string>();
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            var others = records.Where((_, j) => j != i).ToList();

            // SR901: same student, provider and service type, overlapping time (any session type).
            if (others.Any(q => SameProviderDay(r, q) && q.StudentId == r.StudentId && q.ServiceType == r.ServiceType && Overlap(r, q)))
            {
                codes.Add($"{i}:SR901");
            }

            // SR902: a present record overlaps a present record of the provider that is not the same group session
            // and not its own duplicate.
            if (Present(r) && others.Any(q => Present(q) && SameProviderDay(r, q) && Overlap(r, q) && !SameSession(r, q)
                    && !(q.StudentId == r.StudentId && q.ServiceType == r.ServiceType)))
            {
                codes.Add($"{i}:SR902");
            }

            // SR903/SR904: students present in the record's session, each counted once.
            if (Present(r))
            {
                var present = records.Where(q => Present(q) && SameProviderDay(r, q) && SameSession(r, q)).Select(static q => q.StudentId).Distinct().Count();
                if (r.GroupSize.IsGroup && r.GroupSize.Students != present)
                {
                    codes.Add($"{i}:SR903");
                }

                if (r.GroupSize.IsIndividual && present > 1)
                {
                    codes.Add($"{i}:SR904");
                }
            }
        }

        return [.. codes];
    }

    private static bool Present(ServiceRecord r) => r.SessionType == SessionType.ServiceProvided;

    private static bool SameProviderDay(ServiceRecord a, ServiceRecord b) => a.ProviderId == b.ProviderId && a.Date == b.Date;

    private static bool SameSession(ServiceRecord a, ServiceRecord b) =>
        a.StartTime == b.StartTime && a.EndTime == b.EndTime && a.ServiceType == b.ServiceType;

    // Half-open ranges: [start, end). A record that does not end after it starts has no range.
    private static bool Overlap(ServiceRecord a, ServiceRecord b) =>
        a.StartTime < a.EndTime && b.StartTime < b.EndTime && a.StartTime < b.EndTime && b.StartTime < a.EndTime;
}

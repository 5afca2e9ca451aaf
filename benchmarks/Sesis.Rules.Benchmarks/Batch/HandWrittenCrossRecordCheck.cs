using System.Globalization;

namespace Sesis.Rules.Benchmarks;

/// <summary>
/// The baseline of the batch benchmarks: SR901-SR904 written as plain loops, the way a developer would check
/// an export sorted by provider and date, one pass over the records.
/// </summary>
/// <remarks>
/// Covers exactly what <see cref="BatchValidator"/> checks across records, with its semantics: SR901 same
/// student, provider, service type and date with overlapping times (any session type); SR902 a present record
/// overlapping a present record of the provider that is neither the same group session nor its own duplicate;
/// SR903 Group n with n not the number of distinct students present in the session; SR904 Individual with
/// other students present. Times are half-open and a record not ending after its start overlaps nothing. Each
/// finding carries a message with its count. Records of one provider-day are compared pairwise: they are
/// few (about ten), so this is the fast, obvious code, not a strawman. It needs the input sorted by provider
/// and date (it throws otherwise) and does not sort its findings, which come out in record order.
/// </remarks>
public static class HandWrittenCrossRecordCheck
{
    /// <summary>Checks a batch sorted by provider and date.</summary>
    /// <param name="records">The records.</param>
    /// <param name="findings">Where the findings go, in record order.</param>
    public static void Check(ServiceRecord[] records, List<RecordFinding> findings)
    {
        var first = 0;
        for (var i = 1; i <= records.Length; i++)
        {
            if (i == records.Length || records[i].ProviderId != records[first].ProviderId || records[i].Date != records[first].Date)
            {
                if (i < records.Length && (records[i].ProviderId.CompareTo(records[first].ProviderId) < 0
                    || (records[i].ProviderId == records[first].ProviderId && records[i].Date < records[first].Date)))
                {
                    throw new InvalidOperationException($"Record {i} is out of order: the baseline needs records sorted by provider and date.");
                }

                CheckDay(records, first, i, findings);
                first = i;
            }
        }
    }

    private static void CheckDay(ServiceRecord[] records, int first, int end, List<RecordFinding> findings)
    {
        for (var i = first; i < end; i++)
        {
            var r = records[i];
            var present = r.SessionType == SessionType.ServiceProvided;
            int duplicates = 0, overlaps = 0, students = 0;
            for (var j = first; j < end; j++)
            {
                var q = records[j];
                var qPresent = q.SessionType == SessionType.ServiceProvided;
                var sameStudent = q.StudentId == r.StudentId && q.ServiceType == r.ServiceType;
                var overlap = Overlap(r, q);
                if (j != i && sameStudent && overlap)
                {
                    duplicates++;
                }

                if (present && qPresent && j != i && overlap && !SameSession(r, q) && !sameStudent)
                {
                    overlaps++;
                }

                if (present && qPresent && SameSession(r, q) && !StudentSeenBefore(records, first, j, r))
                {
                    students++;
                }
            }

            if (duplicates > 0)
            {
                findings.Add(Finding(i, r, "SR901", nameof(ServiceRecord.StudentId), duplicates, "other records of this session"));
            }

            if (overlaps > 0)
            {
                findings.Add(Finding(i, r, "SR902", nameof(ServiceRecord.StartTime), overlaps, "overlapping sessions"));
            }

            if (present && r.GroupSize.IsGroup && r.GroupSize.Students != students)
            {
                findings.Add(Finding(i, r, "SR903", nameof(ServiceRecord.GroupSize), students, "students present"));
            }

            if (present && r.GroupSize.IsIndividual && students > 1)
            {
                findings.Add(Finding(i, r, "SR904", nameof(ServiceRecord.GroupSize), students, "students present"));
            }
        }
    }

    // Counts each student of a session once: is there an earlier present record of j's student in r's session?
    private static bool StudentSeenBefore(ServiceRecord[] records, int first, int j, ServiceRecord r)
    {
        for (var k = first; k < j; k++)
        {
            var q = records[k];
            if (q.SessionType == SessionType.ServiceProvided && SameSession(r, q) && q.StudentId == records[j].StudentId)
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameSession(ServiceRecord a, ServiceRecord b) =>
        a.StartTime == b.StartTime && a.EndTime == b.EndTime && a.ServiceType == b.ServiceType;

    private static bool Overlap(ServiceRecord a, ServiceRecord b) =>
        a.StartTime < a.EndTime && b.StartTime < b.EndTime && a.StartTime < b.EndTime && b.StartTime < a.EndTime;

    private static RecordFinding Finding(int index, ServiceRecord record, string code, string field, int count, string what) =>
        new(index, record, new Finding(code, FindingSeverity.Error, field,
            string.Create(CultureInfo.InvariantCulture, $"{code}: {count} {what} at {record.StartTime:HH:mm}-{record.EndTime:HH:mm}.")));
}

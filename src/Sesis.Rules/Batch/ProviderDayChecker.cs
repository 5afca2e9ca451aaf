namespace Sesis.Rules;

/// <summary>
/// Checks the records of one provider on one date against SR901-SR904, by sorting and sweeping: every rule is
/// O(k log k) in the partition's size k, never pairwise, so one very busy provider-day stays fast.
/// </summary>
/// <remarks>
/// Holds scratch arrays that grow to the largest partition seen and are reused, so checking allocates only
/// for findings. Not thread-safe: each validation run builds its own.
/// </remarks>
internal sealed class ProviderDayChecker
{
    private ServiceRecord[] _records = [];
    private ServiceRecordReading?[] _readings = [];
    private long[] _indexes = [];
    private long[] _starts = [];
    private long[] _ends = [];
    private int[] _order = [];
    private int[] _sessionSize = [];
    private int[] _sameStudentInSession = [];
    private int[] _presentDuplicates = [];
    private long[] _sortedStarts = [];
    private long[] _sortedEnds = [];

    // Records read in part: the certain ones are checked, and the uncertain ones (and the records from elsewhere
    // that may belong to this provider-day) silence the findings they could change.
    private readonly List<IndexedRecord> _certain = [];
    private readonly List<IndexedRecord> _uncertain = [];
    private readonly List<RecordFinding> _found = [];

    // Made once: sorting with a struct comparer or a fresh delegate allocates per call, and a batch has a
    // partition per provider-day.
    private readonly Comparison<int> _bySession;
    private readonly Comparison<int> _byStudent;

    public ProviderDayChecker()
    {
        _bySession = CompareBySession;
        _byStudent = CompareByStudent;
    }

    /// <summary>
    /// Adds the SR9xx findings of one provider-day partition to <paramref name="sink"/>, where some records may have
    /// been read in part. A record whose student, service type, times and session type were read takes part with
    /// what was read; the others, and <paramref name="mayBelong"/> (records whose provider or date could not be read
    /// and that may be of this provider-day), take part only by keeping silent every finding they could change:
    /// a correct record never gets a finding that another record's unreadable value could make wrong.
    /// </summary>
    /// <param name="day">The partition's records; all have the same provider and date, as read.</param>
    /// <param name="mayBelong">Records that may belong to the partition, their provider or date unreadable.</param>
    /// <param name="sink">Where findings go, in no particular order (the caller sorts).</param>
    public void Check(ReadOnlySpan<IndexedRecord> day, ReadOnlySpan<IndexedRecord> mayBelong, List<RecordFinding> sink)
    {
        // Stryker disable once all : defensive: every call that fills the list empties it before returning
        _uncertain.Clear();
        foreach (var item in mayBelong)
        {
            _uncertain.Add(item);
        }

        foreach (var item in day)
        {
            if (!item.IsCertain)
            {
                _uncertain.Add(item);
            }
        }

        if (_uncertain.Count == 0)
        {
            Check(day, sink);
            return;
        }

        // Stryker disable once all : defensive: every call that fills the list empties it before returning
        _certain.Clear();
        foreach (var item in day)
        {
            if (item.IsCertain)
            {
                _certain.Add(item);
            }
        }

        // Stryker disable once all : defensive: every call that fills the list empties it before returning
        _found.Clear();
        Check(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_certain), _found);
        foreach (var finding in _found)
        {
            if (!AnyCouldChange(finding))
            {
                sink.Add(finding);
            }
        }

        _certain.Clear();
        _uncertain.Clear();
        _found.Clear();
    }

    private bool AnyCouldChange(RecordFinding finding)
    {
        foreach (var other in _uncertain)
        {
            if (CouldChange(finding.Finding.Code, finding.Record, other))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a record read in part could, once its unreadable values are known, change a finding of
    /// <paramref name="code"/> on <paramref name="record"/>: whether it may be a duplicate of it (SR901), a present
    /// record overlapping it (SR902), or a present record of its session (SR903, SR904).
    /// </summary>
    private static bool CouldChange(string code, ServiceRecord record, IndexedRecord other)
    {
        var unknown = other.Unreadable;
        var o = other.Record;
        bool Unknown(RecordFields field) => (unknown & field) != RecordFields.None;
        var sameStudent = Unknown(RecordFields.StudentId) || o.StudentId == record.StudentId;
        var sameType = Unknown(RecordFields.ServiceType) || o.ServiceType == record.ServiceType;
        var present = Unknown(RecordFields.SessionType) || o.SessionType == SessionType.ServiceProvided;
        var overlaps = Unknown(RecordFields.StartTime) || Unknown(RecordFields.EndTime)
            || (o.EndTime > o.StartTime && o.StartTime < record.EndTime && record.StartTime < o.EndTime);
        var sameTimes = (Unknown(RecordFields.StartTime) || o.StartTime == record.StartTime)
            && (Unknown(RecordFields.EndTime) || o.EndTime == record.EndTime);
        return code switch
        {
            CrossRecordFindings.Duplicate => sameStudent && sameType && overlaps,
            CrossRecordFindings.ProviderOverlap => present && overlaps,
            _ => present && sameType && sameTimes, // SR903, SR904: the students present in its session
        };
    }

    /// <summary>Adds the SR9xx findings of one provider-day partition to <paramref name="sink"/>.</summary>
    /// <param name="day">The partition's records; all have the same provider and date.</param>
    /// <param name="sink">Where findings go, in no particular order (the caller sorts).</param>
    public void Check(ReadOnlySpan<IndexedRecord> day, List<RecordFinding> sink)
    {
        var count = day.Length;
        if (count < 2)
        {
            // A lone record can break only the group rule: alone in its session, a present record states
            // Individual or "Group, 1". The scratch arrays are not needed for that.
            if (count == 1)
            {
                CheckLoneGroupSize(day[0], sink);
            }

            return;
        }

        Load(day);
        CheckGroupSessions(count, sink);
        CheckDuplicates(count, sink);
        CheckProviderOverlaps(count, sink);

        // Let the partition's records go: a stream must not keep a finished provider-day alive.
        Array.Clear(_records, 0, count);
        Array.Clear(_readings, 0, count);
    }

    private static void CheckLoneGroupSize(IndexedRecord item, List<RecordFinding> sink)
    {
        var record = item.Record;
        if (IsPresent(record) && record.GroupSize.IsGroup && record.GroupSize.Students != 1 && (item.Unreadable & RecordFields.GroupSize) == RecordFields.None)
        {
            sink.Add(new RecordFinding(item.Index, record, CrossRecordFindings.GroupSizeMismatch(record, 1)) { RowKey = item.RowKey });
        }
    }

    private static bool IsPresent(ServiceRecord record) => record.SessionType == SessionType.ServiceProvided;

    private void Load(ReadOnlySpan<IndexedRecord> day)
    {
        var count = day.Length;
        if (_records.Length < count)
        {
            // Stryker disable once Arithmetic : capacity only: at least count either way
            var size = Math.Max(count, _records.Length * 2);
            _records = new ServiceRecord[size];
            _readings = new ServiceRecordReading?[size];
            _indexes = new long[size];
            _starts = new long[size];
            _ends = new long[size];
            _order = new int[size];
            _sessionSize = new int[size];
            _sameStudentInSession = new int[size];
            _presentDuplicates = new int[size];
            _sortedStarts = new long[size];
            _sortedEnds = new long[size];
        }

        for (var i = 0; i < count; i++)
        {
            var record = day[i].Record;
            _records[i] = record;
            _readings[i] = day[i].Reading;
            _indexes[i] = day[i].Index;
            _starts[i] = record.StartTime.NanosecondOfDay;
            _ends[i] = record.EndTime.NanosecondOfDay;
            _sessionSize[i] = 0;
            _sameStudentInSession[i] = 0;
            _presentDuplicates[i] = 1;
        }
    }

    // A record has a time range only when it ends after it starts; a record without one already has its SR2xx
    // finding and takes part in no overlap, so a wrong time is not reported twice.
    private bool IsTimed(int i) => _ends[i] > _starts[i];

    /// <summary>
    /// SR903 and SR904. A session is the present records with the same service type, start and end (the provider
    /// and date are the partition's). Students present are counted once each, so a duplicate record (SR901) does
    /// not also make every other member's group size wrong.
    /// </summary>
    private void CheckGroupSessions(int count, List<RecordFinding> sink)
    {
        var present = 0;
        for (var i = 0; i < count; i++)
        {
            if (IsPresent(_records[i]))
            {
                _order[present++] = i;
            }
        }

        var order = _order.AsSpan(0, present);
        order.Sort(_bySession);
        for (var first = 0; first < present;)
        {
            var end = first + 1;
            while (end < present && SameSession(order[first], order[end]))
            {
                end++;
            }

            var students = 0;
            for (var a = first; a < end;)
            {
                var b = a + 1;
                while (b < end && _records[order[a]].StudentId == _records[order[b]].StudentId)
                {
                    b++;
                }

                students++;
                for (var p = a; p < b; p++)
                {
                    _sameStudentInSession[order[p]] = b - a;
                    _sessionSize[order[p]] = end - first;
                }

                a = b;
            }

            for (var p = first; p < end; p++)
            {
                var i = order[p];
                var groupSize = _records[i].GroupSize;
                if (_readings[i] is { } reading && (reading.Unreadable & RecordFields.GroupSize) != RecordFields.None)
                {
                    // Its own group size is unknown; it still counts as a student present in the session.
                }
                else if (groupSize.IsGroup && groupSize.Students != students)
                {
                    sink.Add(new RecordFinding(_indexes[i], _records[i], CrossRecordFindings.GroupSizeMismatch(_records[i], students)) { RowKey = _readings[i]?.RowKey });
                }
                else if (groupSize.IsIndividual && students > 1)
                {
                    sink.Add(new RecordFinding(_indexes[i], _records[i], CrossRecordFindings.IndividualInGroup(_records[i], students)) { RowKey = _readings[i]?.RowKey });
                }
            }

            first = end;
        }
    }

    private bool SameSession(int x, int y) =>
        _starts[x] == _starts[y] && _ends[x] == _ends[y] && _records[x].ServiceType == _records[y].ServiceType;

    /// <summary>
    /// SR901: records of the same student and service type (the provider and date are the partition's) whose
    /// times overlap, whatever their session types. Also counts, for SR902, each present record's present
    /// duplicates.
    /// </summary>
    private void CheckDuplicates(int count, List<RecordFinding> sink)
    {
        var timed = 0;
        for (var i = 0; i < count; i++)
        {
            if (IsTimed(i))
            {
                _order[timed++] = i;
            }
        }

        var order = _order.AsSpan(0, timed);
        order.Sort(_byStudent);
        for (var first = 0; first < timed;)
        {
            var end = first + 1;
            while (end < timed && SameStudentAndService(order[first], order[end]))
            {
                end++;
            }

            if (end - first > 1)
            {
                var group = order[first..end];
                var all = Ranges(group, presentOnly: false);
                foreach (var i in group)
                {
                    var overlapping = CountOverlapping(all, _starts[i], _ends[i]) - 1;
                    if (overlapping > 0)
                    {
                        sink.Add(new RecordFinding(_indexes[i], _records[i], CrossRecordFindings.DuplicateRecord(_records[i], overlapping)) { RowKey = _readings[i]?.RowKey });
                    }
                }

                // Present records only: SR902 subtracts these so that duplicates are reported once, as SR901.
                var present = Ranges(group, presentOnly: true);
                foreach (var i in group)
                {
                    if (IsPresent(_records[i]))
                    {
                        _presentDuplicates[i] = CountOverlapping(present, _starts[i], _ends[i]);
                    }
                }
            }

            first = end;
        }
    }

    private bool SameStudentAndService(int x, int y) =>
        _records[x].StudentId == _records[y].StudentId && _records[x].ServiceType == _records[y].ServiceType;

    /// <summary>
    /// SR902: present records of the provider's day that overlap a record of another session. Only present records
    /// take part: an absence or cancellation holds the planned times, and the provider was free to serve another
    /// student then. Overlaps with the record's own duplicates are left to SR901.
    /// </summary>
    private void CheckProviderOverlaps(int count, List<RecordFinding> sink)
    {
        var n = 0;
        for (var i = 0; i < count; i++)
        {
            if (IsTimed(i) && IsPresent(_records[i]))
            {
                _order[n] = i;
                _sortedStarts[n] = _starts[i];
                _sortedEnds[n] = _ends[i];
                n++;
            }
        }

        if (n < 2)
        {
            return;
        }

        var sortedStarts = _sortedStarts.AsSpan(0, n);
        var sortedEnds = _sortedEnds.AsSpan(0, n);
        sortedStarts.Sort();
        sortedEnds.Sort();
        foreach (var i in _order.AsSpan(0, n))
        {
            var otherSessions = CountOverlapping(sortedStarts, sortedEnds, _starts[i], _ends[i]) - _sessionSize[i];
            var ownDuplicates = _presentDuplicates[i] - _sameStudentInSession[i];
            var others = otherSessions - ownDuplicates;
            if (others > 0)
            {
                sink.Add(new RecordFinding(_indexes[i], _records[i], CrossRecordFindings.Overlap(_records[i], others)) { RowKey = _readings[i]?.RowKey });
            }
        }
    }

    /// <summary>Fills the sorted start and end scratch arrays from <paramref name="group"/>; returns how many.</summary>
    private int Ranges(ReadOnlySpan<int> group, bool presentOnly)
    {
        var n = 0;
        foreach (var i in group)
        {
            if (!presentOnly || IsPresent(_records[i]))
            {
                _sortedStarts[n] = _starts[i];
                _sortedEnds[n] = _ends[i];
                n++;
            }
        }

        // The starts are in order already (a group is sorted by start, see CompareByStudent); the ends are not.
        _sortedEnds.AsSpan(0, n).Sort();
        return n;
    }

    private int CountOverlapping(int n, long start, long end) =>
        CountOverlapping(_sortedStarts.AsSpan(0, n), _sortedEnds.AsSpan(0, n), start, end);

    /// <summary>
    /// How many ranges [s, e) intersect [start, end): those starting before <paramref name="end"/> minus those
    /// ending at or before <paramref name="start"/> (which all start before it too). Two binary searches.
    /// </summary>
    private static int CountOverlapping(ReadOnlySpan<long> sortedStarts, ReadOnlySpan<long> sortedEnds, long start, long end) =>
        LowerBound(sortedStarts, end) - UpperBound(sortedEnds, start);

    private static int LowerBound(ReadOnlySpan<long> sorted, long value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static int UpperBound(ReadOnlySpan<long> sorted, long value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (sorted[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // No tie-break by position: records that compare equal are interchangeable for every count taken, and the
    // findings are sorted by FindingOrder afterwards, so the order among them changes nothing.

    /// <summary>Sessions together, then students within a session.</summary>
    private int CompareBySession(int x, int y)
    {
        var c = string.CompareOrdinal(_records[x].ServiceType.Code, _records[y].ServiceType.Code);
        if (c == 0) c = _starts[x].CompareTo(_starts[y]);
        if (c == 0) c = _ends[x].CompareTo(_ends[y]);
        return c != 0 ? c : _records[x].StudentId.CompareTo(_records[y].StudentId);
    }

    /// <summary>A student's records of one service type together, by start time (Ranges sorts the ends itself).</summary>
    private int CompareByStudent(int x, int y)
    {
        var c = _records[x].StudentId.CompareTo(_records[y].StudentId);
        if (c == 0) c = string.CompareOrdinal(_records[x].ServiceType.Code, _records[y].ServiceType.Code);
        return c != 0 ? c : _starts[x].CompareTo(_starts[y]);
    }
}

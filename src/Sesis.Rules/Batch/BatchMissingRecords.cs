namespace Sesis.Rules;

/// <summary>
/// The SR910 pass of a batch: the missing records of the check's period, with the batch's records as the records
/// there are. Resolved once when the validator is built (schedules copied, nulls refused); immutable and safe to
/// share across threads.
/// </summary>
internal sealed class BatchMissingRecords
{
    private readonly List<ServiceSchedule> _schedules;
    private readonly MissingRecordCheck _check;

    public BatchMissingRecords(MissingRecordCheck check)
    {
        _check = check;
        if (check.Schedules is null || check.Calendar is null || check.Period is null || check.Clock is null)
        {
            var part = check.Schedules is null ? nameof(check.Schedules) : check.Calendar is null ? nameof(check.Calendar)
                : check.Period is null ? nameof(check.Period) : nameof(check.Clock);
            throw new ArgumentException(
                $"BatchValidatorOptions.MissingRecordCheck.{part} is null: the missing-record check needs schedules, a calendar, a period and a clock.",
                nameof(check));
        }

        ExpectedRecords.RequireIso(check.Period, nameof(check) + "." + nameof(check.Period));
        _schedules = ExpectedRecords.WithoutNulls(check.Schedules, nameof(check) + "." + nameof(check.Schedules));
    }

    /// <summary>
    /// Finds the missing records of <paramref name="records"/>: a set of what was recorded in the period (any
    /// session type), then the shared definition of a missing record (<see cref="MissingRecords"/>).
    /// </summary>
    public MissingRecordFinding[] Find(List<ServiceRecord> records, AcrossRecordSeverities severities)
    {
        var today = RecordFacts.Iso(_check.Clock.GetCurrentDate());
        var period = _check.Period;
        var recorded = new HashSet<ExpectedRecord>();
        foreach (var record in records)
        {
            // Only records that could satisfy a scheduled day of the period need remembering.
            var key = ExpectedRecords.KeyOf(record);
            if (period.Contains(key.Date) && key.Date <= today)
            {
                recorded.Add(key);
            }
        }

        return [.. MissingRecords.Missing(period, today, _check.Calendar, _schedules, recorded)
            .Select(e => new MissingRecordFinding(e, severities.Apply(MissingRecords.ToFinding(e))))];
    }
}

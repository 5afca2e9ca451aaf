using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// Asks a <see cref="BatchValidator"/> to report missing records (SR910) beside the batch's findings, over a
/// period. The schedules, the school calendar and "today" come from the record validator's
/// <see cref="RecordingContext"/>, as everywhere else.
/// </summary>
/// <remarks>
/// A missing record is what <see cref="MissingRecords.Find"/> reports with the batch's records as the records there
/// are: a scheduled school day of the period, up to today, with no record of any session type for the student,
/// provider and service type.
/// </remarks>
public sealed class MissingRecordCheck
{
    /// <summary>Gets the dates, inclusive, to check, in the ISO calendar; days after today are skipped, since nothing is due yet.</summary>
    public required DateInterval Period { get; init; }

    /// <summary>Describes the check.</summary>
    /// <returns>Such as "SR910 over [2025-11-01, 2025-11-30]".</returns>
    public override string ToString() => $"SR910 over {Period}";
}

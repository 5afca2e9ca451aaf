namespace Sesis.Rules;

/// <summary>
/// A hand-written pass over a record that answers one question cheaply and without allocating: is it
/// certain that no rule finds anything? Most records a host checks are valid, and FluentValidation always
/// allocates a result, so a valid record is answered here and only the others go through the rules.
/// </summary>
/// <remarks>
/// It may say "not certain" for a valid record (it is conservative on rare paths, such as a provider with a
/// specialty), but it must never say "certain" for a record a rule would flag: an FsCheck property over valid,
/// broken and hostile records checks exactly that against <see cref="SingleRecordRules"/>.
/// </remarks>
internal static class QuickCheck
{
    public static bool FindsNothing(ServiceRecord record, ValidationStage stage, RuleSettings settings, in Moment moment)
    {
        // SR1xx identity.
        if (record.StudentId.IsEmpty || (settings.RequireOsisStudentIds && !RecordFacts.IsOsisNumber(record.StudentId))
            || record.ProviderId.IsEmpty
            || !settings.ServiceTypes.TryGetValue(record.ServiceType, out var policy))
        {
            return false;
        }

        // SR2xx date and time.
        var date = RecordFacts.Iso(record.Date);
        var length = record.Length;
        if (record.EndTime <= record.StartTime || length < policy.MinSessionLength || length > policy.MaxSessionLength
            || date > moment.Today || date < moment.WindowStart
            || (date == moment.Today && record.EndTime > moment.NowLocal.TimeOfDay))
        {
            return false;
        }

        // SR3xx session type.
        var provided = record.SessionType == SessionType.ServiceProvided;
        if (provided)
        {
            if (record.Reason.HasValue)
            {
                return false;
            }
        }
        else if (record.SessionType is not (SessionType.StudentAbsent or SessionType.ProviderAbsent or SessionType.Cancelled)
            || record.Reason is not { } reason
            || !SessionReasons.TryGetSessionType(reason, out var reasonType)
            || reasonType != record.SessionType
            || (reason == SessionReason.Other && string.IsNullOrWhiteSpace(record.Notes)))
        {
            return false;
        }

        // SR4xx group size and language (the mandates are checked with the caseload below).
        if (record.GroupSize.Students > policy.MaxGroupSize || record.GroupSize.Students < 1
            || !settings.Languages.ContainsKey(record.Language))
        {
            return false;
        }

        // SR5xx location, description, progress and notes.
        if (record.Location is { } location ? !settings.Locations.ContainsKey(location) : provided)
        {
            return false;
        }

        if (record.Description is { } description
                ? !policy.AllowsDescription(description)
                : provided && !policy.Descriptions.IsEmpty)
        {
            return false;
        }

        if (record.Progress is { } progress
                ? !settings.ProgressIndicators.ContainsKey(progress)
                : provided && policy.ProgressRequired)
        {
            return false;
        }

        var notes = record.Notes;
        if ((provided && policy.NotesRequired && string.IsNullOrWhiteSpace(notes))
            || (notes is not null && (notes.Length > RuleSettings.MaxNotesLength || RecordFacts.HasForbiddenControlCharacter(notes)))
            || (record.NotesConfidential && !policy.NotesMayBeConfidential))
        {
            return false;
        }

        // SR8xx caseload and authorization, and the SR4xx mandates. A specialty (seed step 12) is rare:
        // leave it to the rules.
        if (!settings.Providers.TryGet(record.ProviderId, out var provider) || !policy.AllowsRole(provider.Role)
            || (provider.Specialty is not null && !policy.Descriptions.IsEmpty)
            || !settings.Caseload.TryFind(record.ProviderId, record.StudentId, record.ServiceType, date, out var assignment)
            || (assignment.MandatedLanguage is { } mandatedLanguage && mandatedLanguage != record.Language)
            || (provided && assignment.MandatedGroupSize is { } mandatedGroup && !RecordFacts.GroupingAgrees(mandatedGroup, record.GroupSize)))
        {
            return false;
        }

        // SR7xx calendar.
        if (settings.Calendar is not { } calendar || !calendar.Covers(date) || calendar.IsGrayDay(date, settings.SchoolKind))
        {
            return false;
        }

        // SR6xx certification, at the save stage only.
        return stage == ValidationStage.Draft
            || (record.Certification is { } certification
                && certification.CertifiedBy == record.ProviderId
                && certification.CertifiedAt <= moment.Now
                && RecordFacts.CertainlyNotBeforeSessionEnd(certification.CertifiedAt, date, record.EndTime, settings.Zone)
                && certification.Covers(record));
    }
}

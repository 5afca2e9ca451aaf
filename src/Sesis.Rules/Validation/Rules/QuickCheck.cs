namespace Sesis.Rules;

/// <summary>
/// A hand-written pass over a record that answers, cheaply and without allocating: which families of rules
/// might find something? Most records a host checks are valid, and FluentValidation always allocates a
/// result, so a valid record (no family suspected) is answered here, and a record with findings goes through
/// the rules of the suspected families only: an invalid record rarely breaks more than two or three families.
/// </summary>
/// <remarks>
/// It may suspect a family whose rules find nothing (it is conservative on rare paths, such as a provider with
/// a specialty, or an unknown service type, which every family that reads the policy is suspected of), but it
/// must never clear a family whose rules would find something: FsCheck properties over valid, broken and
/// hostile records check exactly that, family by family, against <see cref="SingleRecordRules"/>.
/// </remarks>
internal static class QuickCheck
{
    /// <summary>Gets a value indicating whether it is certain that no rule finds anything.</summary>
    public static bool FindsNothing(ServiceRecord record, ValidationStage stage, RuleSettings settings, in Moment moment) =>
        Suspects(record, stage, settings, moment) == RuleFamilies.None;

    /// <summary>Gets the families whose rules may find something; every other family's rules find nothing.</summary>
    public static RuleFamilies Suspects(ServiceRecord record, ValidationStage stage, RuleSettings settings, in Moment moment)
    {
        var suspects = RuleFamilies.None;
        var studentGiven = !record.StudentId.IsEmpty;
        var providerGiven = !record.ProviderId.IsEmpty;
        _ = settings.ServiceTypes.TryGetValue(record.ServiceType, out var policy);
        var date = RecordFacts.Iso(record.Date);
        Provider? provider = null;
        CaseloadAssignment? assignment = null;
        var hasProvider = providerGiven && settings.Providers.TryGet(record.ProviderId, out provider);
        var hasAssignment = providerGiven && studentGiven
            && settings.Caseload.TryFind(record.ProviderId, record.StudentId, record.ServiceType, date, out assignment);

        // SR1xx identity.
        if (!studentGiven || (settings.RequireOsisStudentIds && !RecordFacts.IsOsisNumber(record.StudentId)) || !providerGiven || policy is null)
        {
            suspects |= RuleFamilies.Identity;
        }

        // SR2xx date and time.
        var length = record.Length;
        if (policy is null || record.EndTime <= record.StartTime || length < policy.MinSessionLength || length > policy.MaxSessionLength
            || date > moment.Today || date < moment.WindowStart
            || (date == moment.Today && record.EndTime > moment.NowLocal.TimeOfDay))
        {
            suspects |= RuleFamilies.DateAndTime;
        }

        // SR3xx session type.
        var provided = record.SessionType == SessionType.ServiceProvided;
        if (provided
                ? record.Reason.HasValue
                : record.SessionType is not (SessionType.StudentAbsent or SessionType.ProviderAbsent or SessionType.Cancelled)
                    || record.Reason is not { } reason
                    || !SessionReasons.TryGetSessionType(reason, out var reasonType)
                    || reasonType != record.SessionType
                    || (reason == SessionReason.Other && string.IsNullOrWhiteSpace(record.Notes)))
        {
            suspects |= RuleFamilies.SessionType;
        }

        // SR4xx group size and language, the mandates included.
        if (policy is null || record.GroupSize.Students > policy.MaxGroupSize || record.GroupSize.Students < 1
            || !settings.Languages.ContainsKey(record.Language)
            || (hasAssignment
                && ((assignment!.MandatedLanguage is { } mandatedLanguage && mandatedLanguage != record.Language)
                    || (provided && assignment.MandatedGroupSize is { } mandatedGroup && !RecordFacts.GroupingAgrees(mandatedGroup, record.GroupSize)))))
        {
            suspects |= RuleFamilies.GroupSizeAndLanguage;
        }

        // SR5xx location, description, progress and notes. A specialty (seed step 12) is rare: leave it to the rules.
        var notes = record.Notes;
        if (policy is null
            || (record.Location is { } location ? !settings.Locations.ContainsKey(location) : provided)
            || (record.Description is { } description ? !policy.AllowsDescription(description) : provided && !policy.Descriptions.IsEmpty)
            || (record.Progress is { } progress ? !settings.ProgressIndicators.ContainsKey(progress) : provided && policy.ProgressRequired)
            || (provided && policy.NotesRequired && string.IsNullOrWhiteSpace(notes))
            || (notes is not null && (notes.Length > RuleSettings.MaxNotesLength || RecordFacts.HasForbiddenControlCharacter(notes)))
            || (record.NotesConfidential && !policy.NotesMayBeConfidential)
            || (hasProvider && provider!.Specialty is not null && !policy.Descriptions.IsEmpty))
        {
            suspects |= RuleFamilies.ServiceDetails;
        }

        // SR6xx certification, at the save stage only.
        if (stage != ValidationStage.Draft
            && !(record.Certification is { } certification
                && certification.CertifiedBy == record.ProviderId
                && certification.CertifiedAt <= moment.Now
                && RecordFacts.CertainlyNotBeforeSessionEnd(certification.CertifiedAt, date, record.EndTime, settings.Zone)
                && certification.Covers(record)))
        {
            suspects |= RuleFamilies.Certification;
        }

        // SR7xx calendar.
        if (settings.Calendar is not { } calendar || !calendar.Covers(date) || calendar.IsGrayDay(date, settings.SchoolKind))
        {
            suspects |= RuleFamilies.Calendar;
        }

        // SR8xx caseload and authorization.
        if (!hasProvider || policy is null || !policy.AllowsRole(provider!.Role) || !hasAssignment)
        {
            suspects |= RuleFamilies.Caseload;
        }

        return suspects;
    }
}

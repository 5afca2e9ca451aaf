namespace Sesis.Rules;

/// <summary>
/// A hand-written pass over a record that answers, cheaply and without allocating: which groups of rules
/// might find something? Most records a host checks are valid, and FluentValidation always allocates a
/// result, so a valid record (no group suspected) is answered here, and a record with findings goes through
/// the rules of the suspected groups only (<see cref="RuleGroups"/>: a few rules of one concern each), so an invalid record runs few rules besides the broken ones.
/// </summary>
/// <remarks>
/// It may suspect a group whose rules find nothing (it is conservative on rare paths, such as a provider with
/// a specialty, or an unknown service type, which every group that reads the policy is suspected of), but it
/// must never clear a group whose rules would find something: FsCheck properties over valid, broken and
/// hostile records check exactly that, group by group, against <see cref="SingleRecordRules"/>.
/// </remarks>
internal static class QuickCheck
{
    /// <summary>Gets a value indicating whether it is certain that no rule finds anything.</summary>
    public static bool FindsNothing(ServiceRecord record, ValidationStage stage, RuleSettings settings, in Moment moment) =>
        Suspects(record, stage, settings, moment) == RuleGroups.None;

    /// <summary>Gets the groups whose rules may find something; every other group's rules find nothing.</summary>
    public static RuleGroups Suspects(ServiceRecord record, ValidationStage stage, RuleSettings settings, in Moment moment)
    {
        var suspects = RuleGroups.None;
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
            suspects |= RuleGroups.Identity;
        }

        // SR2xx date and time.
        var length = record.Length;
        if (policy is null || record.EndTime <= record.StartTime || length < policy.MinSessionLength || length > policy.MaxSessionLength
            || date > moment.Today || date < moment.WindowStart
            || (date == moment.Today && record.EndTime > moment.NowLocal.TimeOfDay))
        {
            suspects |= RuleGroups.DateAndTime;
        }

        // SR3xx session type.
        if (record.SessionType == SessionType.ServiceProvided
                ? record.Reason.HasValue
                : record.SessionType is not (SessionType.StudentAbsent or SessionType.ProviderAbsent or SessionType.Cancelled)
                    || record.Reason is not { } reason
                    || !SessionReasons.TryGetSessionType(reason, out var reasonType)
                    || reasonType != record.SessionType
                    || (reason == SessionReason.Other && string.IsNullOrWhiteSpace(record.Notes)))
        {
            suspects |= RuleGroups.SessionType;
        }

        // SR401 group size.
        if (policy is null || record.GroupSize.Students > policy.MaxGroupSize || record.GroupSize.Students < 1)
        {
            suspects |= RuleGroups.GroupSize;
        }

        // SR402-SR404 language, the mandated language included.
        if (!settings.Languages.ContainsKey(record.Language)
            || (hasAssignment && assignment!.MandatedLanguage is { } mandatedLanguage && mandatedLanguage != record.Language))
        {
            suspects |= RuleGroups.Language;
        }

        // SR405 the mandated grouping.
        var provided = record.SessionType == SessionType.ServiceProvided;
        if (provided && hasAssignment && assignment!.MandatedGroupSize is { } mandatedGroup && !RecordFacts.GroupingAgrees(mandatedGroup, record.GroupSize))
        {
            suspects |= RuleGroups.MandatedGrouping;
        }

        // SR501-SR502 location.
        if (record.Location is { } location ? !settings.Locations.ContainsKey(location) : provided)
        {
            suspects |= RuleGroups.Location;
        }

        // SR503-SR507 description. A specialty (seed step 12) is rare: leave it to the rules.
        if (policy is null
            || (record.Description is { } description ? !policy.AllowsDescription(description) : provided && !policy.Descriptions.IsEmpty)
            || (hasProvider && provider!.Specialty is not null && !policy.Descriptions.IsEmpty))
        {
            suspects |= RuleGroups.Description;
        }

        // SR508-SR509 progress.
        if (record.Progress is { } progress ? !settings.ProgressIndicators.ContainsKey(progress) : provided && (policy is null || policy.ProgressRequired))
        {
            suspects |= RuleGroups.Progress;
        }

        // SR510-SR513 notes.
        var notes = record.Notes;
        if (policy is null
            || (provided && policy.NotesRequired && string.IsNullOrWhiteSpace(notes))
            || (notes is not null && (notes.Length > RuleSettings.MaxNotesLength || RecordFacts.HasForbiddenControlCharacter(notes)))
            || (record.NotesConfidential && !policy.NotesMayBeConfidential))
        {
            suspects |= RuleGroups.Notes;
        }

        // SR6xx certification, at the save stage only.
        if (stage != ValidationStage.Draft
            && !(record.Certification is { } certification
                && certification.CertifiedBy == record.ProviderId
                && certification.CertifiedAt <= moment.Now
                && RecordFacts.CertainlyNotBeforeSessionEnd(certification.CertifiedAt, date, record.EndTime, settings.Zone)
                && certification.Covers(record)))
        {
            suspects |= RuleGroups.Certification;
        }

        // SR7xx calendar.
        if (settings.Calendar is not { } calendar || !calendar.Covers(date) || calendar.IsGrayDay(date, settings.SchoolKind))
        {
            suspects |= RuleGroups.Calendar;
        }

        // SR8xx caseload and authorization.
        if (!hasProvider || policy is null || !policy.AllowsRole(provider!.Role) || !hasAssignment)
        {
            suspects |= RuleGroups.Caseload;
        }

        return suspects;
    }
}

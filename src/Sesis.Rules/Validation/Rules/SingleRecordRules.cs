using System.Collections.Frozen;
using System.Linq.Expressions;
using FluentValidation;

namespace Sesis.Rules;

/// <summary>
/// The single-record rules (SR1xx to SR8xx) as FluentValidation rules: one concern per rule, each with its
/// explicit code, severity, field and constant message. Conditions on each rule keep out the follow-on
/// findings of another rule's failure. Built once per validator; FluentValidation validators are thread-safe.
/// </summary>
/// <remarks>
/// <para>Internal: FluentValidation types never reach the public API.</para>
/// <para>
/// Each group of rules (<see cref="RuleGroups"/>: SR101-SR104, ..., SR402-SR404, ...) is its own FluentValidation
/// validator, so that a record runs only the groups the quick check suspects (<see cref="QuickCheck.Suspects"/>):
/// no rule reads another rule's outcome, so the findings of a group do not depend on which other groups run, and
/// the groups' findings in group order are the whole rule set's findings in code order.
/// </para>
/// </remarks>
internal sealed class SingleRecordRules
{
    private readonly FrozenDictionary<string, FindingSeverity> _severities;
    private readonly List<GroupRules> _groups = [];
    private GroupRules _current = null!;

    public SingleRecordRules(RuleSettings settings)
    {
        _severities = settings.Severities;
        IdentityRules(settings);
        DateAndTimeRules();
        SessionTypeRules();
        GroupSizeAndLanguageRules(settings);
        ServiceDetailRules(settings);
        CertificationRules();
        CalendarRules(settings);
        CaseloadRules();
        GroupOf = _groups
            .SelectMany(static (group, bit) => group.SelectMany(static rule => rule.Components).Select(component => (component.ErrorCode, Group: (RuleGroups)(1 << bit))))
            .ToFrozenDictionary(static e => e.ErrorCode, static e => e.Group, StringComparer.Ordinal);
    }

    /// <summary>Gets every code a rule of this validator can emit, in rule order.</summary>
    public IReadOnlyList<string> Codes =>
        [.. _groups.SelectMany(static group => group).SelectMany(static rule => rule.Components).Select(static component => component.ErrorCode)];

    /// <summary>Gets the group of each code's rule.</summary>
    public FrozenDictionary<string, RuleGroups> GroupOf { get; }

    /// <summary>Runs the rules of <paramref name="groups"/>, in code order.</summary>
    /// <returns>The failures, or <see langword="null"/> when there are none.</returns>
    public List<FluentValidation.Results.ValidationFailure>? Validate(RecordUnderCheck record, RuleGroups groups)
    {
        List<FluentValidation.Results.ValidationFailure>? failures = null;
        for (var i = 0; i < _groups.Count; i++)
        {
            if (((int)groups & (1 << i)) != 0)
            {
                var errors = _groups[i].Validate(record).Errors;
                if (errors.Count > 0)
                {
                    (failures ??= new List<FluentValidation.Results.ValidationFailure>(errors.Count)).AddRange(errors);
                }
            }
        }

        return failures;
    }

    /// <summary>Starts a group: the rules defined next belong to it. Groups are started in bit order, which is code order.</summary>
    private void Group(RuleGroups group)
    {
        if ((int)group != 1 << _groups.Count)
        {
            throw new InvalidOperationException($"The rule group {group} is defined out of order.");
        }

        _current = new GroupRules();
        _groups.Add(_current);
    }

    private void IdentityRules(RuleSettings settings)
    {
        Group(RuleGroups.Identity);
        Rule(RuleCodes.StudentIdMissing, x => x.Record.StudentId, static (_, id) => !id.IsEmpty,
            "StudentId is missing: enter the student's id (the OSIS number in NYC).");
        Rule(RuleCodes.StudentIdNotOsis, x => x.Record.StudentId, static (_, id) => RecordFacts.IsOsisNumber(id),
            "StudentId is not an OSIS number: enter the student's nine-digit OSIS number.",
            x => settings.RequireOsisStudentIds && !x.Record.StudentId.IsEmpty);
        Rule(RuleCodes.ProviderIdMissing, x => x.Record.ProviderId, static (_, id) => !id.IsEmpty,
            "ProviderId is missing: enter the id of the provider who delivered the session.");
        Rule(RuleCodes.ServiceTypeUnknown, x => x.Record.ServiceType, static (x, _) => x.Policy is not null,
            "ServiceType is missing or not one this system accepts: choose a service type from the list, such as Paraprofessional.");
    }

    private void DateAndTimeRules()
    {
        Group(RuleGroups.DateAndTime);
        Rule(RuleCodes.EndNotAfterStart, x => x.Record.EndTime, static (x, _) => x.EndAfterStart,
            "EndTime is not after StartTime: enter the time the session ended, later than the time the student arrived.");
        Rule(RuleCodes.SessionTooShort, x => x.Record.Length, static (x, length) => length >= x.Policy!.MinSessionLength,
            "EndTime makes the session shorter than this service type allows: check the start and end times.",
            static x => x.Policy is not null && x.EndAfterStart);
        Rule(RuleCodes.SessionTooLong, x => x.Record.Length, static (x, length) => length <= x.Policy!.MaxSessionLength,
            "EndTime makes the session longer than this service type allows: check the start and end times, or record separate sessions.",
            static x => x.Policy is not null && x.EndAfterStart);
        Rule(RuleCodes.DateInFuture, x => x.Date, static (x, _) => !x.DateInFuture,
            "Date is in the future: only past services are recorded; enter the date the session took place.");
        Rule(RuleCodes.SessionNotEnded, x => x.Record.EndTime, static (x, _) => !x.SessionNotEnded,
            "EndTime is later than now: record a session of today once it has ended.");
        Rule(RuleCodes.DateBeforeEntryWindow, x => x.Date, static (x, _) => !x.DateBeforeWindow,
            "Date is before the entry window (the current and previous month): check the date, or ask for a wider window for an import.");
    }

    private void SessionTypeRules()
    {
        Group(RuleGroups.SessionType);
        Rule(RuleCodes.SessionTypeUndefined, x => x.Record.SessionType, static (x, _) => x.SessionTypeDefined,
            "SessionType is not a session type: choose Service Provided, Student Absent, Provider Absent or Cancelled.");
        Rule(RuleCodes.ReasonUndefined, x => x.Record.Reason, static (x, _) => x.ReasonDefined,
            "Reason is not one of the defined reasons: choose a listed reason, or Other and explain in the notes.",
            static x => x.Record.Reason.HasValue);
        Rule(RuleCodes.ReasonOnServiceProvided, x => x.Record.Reason, static (x, _) => !x.Provided,
            "Reason is given on a Service Provided record: clear the reason, or choose the session type the reason calls for.",
            static x => x.ReasonDefined);
        Rule(RuleCodes.ReasonDisagrees, x => x.Record.Reason,
            static (x, reason) => SessionReasons.SessionTypeOf(reason!.Value) == x.Record.SessionType,
            "Reason calls for another session type: a student's absence or refusal is Student Absent, the provider's leave is Provider Absent, anything else is Cancelled.",
            static x => x.ReasonDefined && x.NotProvided);
        Rule(RuleCodes.ReasonMissing, x => x.Record.Reason, static (_, reason) => reason.HasValue,
            "Reason is missing: say why the session did not take place.",
            static x => x.NotProvided);
        Rule(RuleCodes.OtherReasonNotInNotes, x => x.Record.Notes, static (x, _) => !x.NotesBlank,
            "Notes are empty while the reason is Other: name the reason in the session notes.",
            static x => x.Record.SessionType == SessionType.Cancelled && x.Record.Reason == SessionReason.Other);
    }

    private void GroupSizeAndLanguageRules(RuleSettings settings)
    {
        Group(RuleGroups.GroupSize);
        Rule(RuleCodes.GroupTooLarge, x => x.Record.GroupSize, static (x, size) => size.Students >= 1 && size.Students <= x.Policy!.MaxGroupSize,
            "GroupSize is larger than this service type's largest group: state the number of students present, or record Individual.",
            static x => x.Policy is not null);
        Group(RuleGroups.Language);
        Rule(RuleCodes.LanguageMissing, x => x.Record.Language, static (x, _) => x.LanguageGiven,
            "Language is missing: choose the language of service.");
        Rule(RuleCodes.LanguageUnknown, x => x.Record.Language, (_, language) => settings.Languages.ContainsKey(language),
            "Language is not one this system accepts: choose a language of service from the list.",
            static x => x.LanguageGiven);
        Rule(RuleCodes.LanguageDiffersFromMandate, x => x.Record.Language,
            static (x, language) => x.Assignment!.MandatedLanguage == language,
            "Language differs from the student's mandated language of service: check the language, or the mandate.",
            x => x.Assignment?.MandatedLanguage is not null && x.LanguageGiven && settings.Languages.ContainsKey(x.Record.Language));
        Group(RuleGroups.MandatedGrouping);
        Rule(RuleCodes.GroupingDiffersFromMandate, x => x.Record.GroupSize,
            static (x, size) => RecordFacts.GroupingAgrees(x.Assignment!.MandatedGroupSize!.Value, size),
            "GroupSize differs from the student's mandated grouping: check the group size, or the mandate.",
            static x => x.Provided && x.Assignment?.MandatedGroupSize is not null);
    }

    private void ServiceDetailRules(RuleSettings settings)
    {
        Group(RuleGroups.Location);
        Rule(RuleCodes.LocationMissing, x => x.Record.Location, static (_, location) => location.HasValue,
            "Location is missing: choose where the service was provided.",
            static x => x.Provided);
        Rule(RuleCodes.LocationUnknown, x => x.Record.Location, (_, location) => settings.Locations.ContainsKey(location!.Value),
            "Location is not one this system accepts: choose a service location from the list.",
            static x => x.Record.Location.HasValue);
        Group(RuleGroups.Description);
        Rule(RuleCodes.DescriptionMissing, x => x.Record.Description, static (_, description) => description.HasValue,
            "Description is missing: choose the service description; a specialty not listed records Health.",
            static x => x.Provided && x.Policy is { Descriptions.IsEmpty: false });
        Rule(RuleCodes.DescriptionNotApplicable, x => x.Record.Description, static (_, description) => !description.HasValue,
            "Description does not apply to this service type: clear the service description.",
            static x => x.Policy is { Descriptions.IsEmpty: true });
        Rule(RuleCodes.DescriptionUnknown, x => x.Record.Description, static (x, description) => x.Policy!.AllowsDescription(description!.Value),
            "Description is not one this service type lists: choose a listed service description, or Health for a specialty not listed.",
            static x => x.Record.Description.HasValue && x.Policy is { Descriptions.IsEmpty: false });
        Rule(RuleCodes.UnlistedSpecialtyNotHealth, x => x.Record.Description, static (_, description) => description == ServiceDescription.Health,
            "Description is not Health, though the provider's specialty is not listed: choose Health and name the specialty in the notes.",
            static x => x.Provided && x.UnlistedSpecialty is not null && x.Record.Description is { } d && x.Policy!.AllowsDescription(d));
        Rule(RuleCodes.UnlistedSpecialtyNotInNotes, x => x.Record.Notes,
            static (x, notes) => notes is not null && notes.Contains(x.UnlistedSpecialty!, StringComparison.OrdinalIgnoreCase),
            "Notes do not name the provider's specialty, which is not a listed description: name it in the session notes.",
            static x => x.Provided && x.UnlistedSpecialty is not null && !(x.Policy!.NotesRequired && x.NotesBlank));
        Group(RuleGroups.Progress);
        Rule(RuleCodes.ProgressMissing, x => x.Record.Progress, static (_, progress) => progress.HasValue,
            "Progress is missing: choose the progress towards the student's IEP goals.",
            static x => x.Provided && x.Policy is { ProgressRequired: true });
        Rule(RuleCodes.ProgressUnknown, x => x.Record.Progress, (_, progress) => settings.ProgressIndicators.ContainsKey(progress!.Value),
            "Progress is not one this system accepts: choose a progress indicator from the list.",
            static x => x.Record.Progress.HasValue);
        Group(RuleGroups.Notes);
        Rule(RuleCodes.NotesMissing, x => x.Record.Notes, static (x, _) => !x.NotesBlank,
            "Notes are missing: this service type requires session notes.",
            static x => x.Provided && x.Policy is { NotesRequired: true });
        _current.For(x => x.Record.Notes).MaximumLength(RuleSettings.MaxNotesLength)
            .Coded(this, RuleCodes.NotesTooLong, "Notes are longer than 4,000 characters: shorten the session notes.");
        Rule(RuleCodes.NotesControlCharacters, x => x.Record.Notes, static (_, notes) => !RecordFacts.HasForbiddenControlCharacter(notes),
            "Notes hold a control character: remove it; only line breaks and tabs are allowed.");
        Rule(RuleCodes.ConfidentialNotAllowed, x => x.Record.NotesConfidential, static (x, _) => x.Policy!.NotesMayBeConfidential,
            "NotesConfidential is set for a service type whose notes cannot be confidential: clear it.",
            static x => x.Record.NotesConfidential && x.Policy is not null);
    }

    private void CertificationRules()
    {
        Group(RuleGroups.Certification);
        Rule(RuleCodes.NotCertified, x => x.Record.Certification, static (_, certification) => certification is not null,
            "Certification is missing: the provider certifies every record, absences and cancellations included, before saving.",
            static x => x.Stage == ValidationStage.Save);
        Rule(RuleCodes.CertifiedByAnother, x => x.Record.Certification, static (x, c) => c!.CertifiedBy == x.Record.ProviderId,
            "Certification is by another provider: only the record's own provider may certify it.",
            static x => x.Stage == ValidationStage.Save && x.Record.Certification is not null && !x.Record.ProviderId.IsEmpty);
        Rule(RuleCodes.CertifiedBeforeSessionEnded, x => x.Record.Certification, static (x, c) => c!.CertifiedAt >= x.SessionEnd,
            "Certification is dated before the session ended: certify once the session is over.",
            static x => x.Stage == ValidationStage.Save && x.Record.Certification is not null && x.HasSessionEnd
                && x.EndAfterStart && !x.DateInFuture && !x.SessionNotEnded);
        Rule(RuleCodes.CertifiedInFuture, x => x.Record.Certification, static (x, c) => c!.CertifiedAt <= x.Now,
            "Certification is dated in the future: certify with the current time.",
            static x => x.Stage == ValidationStage.Save && x.Record.Certification is not null);
        Rule(RuleCodes.CertificationStale, x => x.Record.Certification, static (x, c) => c!.Covers(x.Record),
            "Certification does not cover the record as it is: the record changed after certifying; review it and certify again.",
            static x => x.Stage == ValidationStage.Save && x.Record.Certification is not null);
    }

    private void CalendarRules(RuleSettings settings)
    {
        Group(RuleGroups.Calendar);
        Rule(RuleCodes.AbsenceOnGrayDay, x => x.Date, static (x, _) => !x.GrayDay,
            "Date is a gray day (school closed): no absence or cancellation is recorded then; delete the record or correct the date.",
            static x => x.NotProvided && x.DateUsable && x.CalendarCovers);
        Rule(RuleCodes.ServiceOnGrayDay, x => x.Date, static (x, _) => !x.GrayDay,
            "Date is a gray day (school closed): check the date of this service.",
            static x => x.Provided && x.DateUsable && x.CalendarCovers);
        Rule(RuleCodes.DateNotInCalendar, x => x.Date, static (x, _) => x.CalendarCovers,
            settings.Calendar is null
                ? "Date cannot be checked for gray days: no school calendar is configured."
                : "Date is not covered by the school calendar: gray days cannot be checked; load the calendar of that school year.",
            static x => x.DateUsable);
    }

    private void CaseloadRules()
    {
        Group(RuleGroups.Caseload);
        Rule(RuleCodes.ProviderUnknown, x => x.Record.ProviderId, static (x, _) => x.Provider is not null,
            "ProviderId is not a known provider: check the id, or add the provider to the directory.",
            static x => !x.Record.ProviderId.IsEmpty);
        Rule(RuleCodes.ProviderRoleNotAllowed, x => x.Record.ProviderId, static (x, _) => x.Policy!.AllowsRole(x.Provider!.Role),
            "ProviderId names a provider whose role does not deliver this service type: check the service type or the provider.",
            static x => x.Provider is not null && x.Policy is not null);
        Rule(RuleCodes.StudentNotOnCaseload, x => x.Record.StudentId, static (x, _) => x.Assignment is not null,
            "StudentId is not on this provider's caseload for this service type on this date: check the student, service type and date, or the caseload.",
            static x => !x.Record.StudentId.IsEmpty && !x.Record.ProviderId.IsEmpty && x.Policy is not null && x.DateUsable);
    }

    private void Rule<TProperty>(
        string code,
        Expression<Func<RecordUnderCheck, TProperty>> property,
        Func<RecordUnderCheck, TProperty, bool> holds,
        string message,
        Func<RecordUnderCheck, bool>? appliesWhen = null)
    {
        var rule = _current.For(property).Must(holds).Coded(this, code, message);
        if (appliesWhen is not null)
        {
            rule.When(appliesWhen);
        }
    }

    internal FluentValidation.Severity SeverityOf(string code) =>
        _severities[code] == FindingSeverity.Warning ? FluentValidation.Severity.Warning : FluentValidation.Severity.Error;

    /// <summary>The rules of one group: a FluentValidation validator whose rules <see cref="SingleRecordRules"/> defines.</summary>
    private sealed class GroupRules : AbstractValidator<RecordUnderCheck>
    {
        public IRuleBuilderInitial<RecordUnderCheck, TProperty> For<TProperty>(Expression<Func<RecordUnderCheck, TProperty>> property) =>
            RuleFor(property);
    }
}

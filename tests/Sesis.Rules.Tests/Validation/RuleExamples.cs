using NodaTime;
using static Sesis.Rules.Tests.Samples;

namespace Sesis.Rules.Tests;

/// <summary>A record in its context, checked at one stage.</summary>
public sealed record RuleExample(string Name, ServiceRecord Record, RecordingContext Options, ValidationStage Stage = ValidationStage.Save)
{
    public IReadOnlyList<Finding> Validate() => new ServiceRecordValidator(Options).Validate(Record, Stage);

    public override string ToString() => Name;
}

/// <summary>
/// For every code: a record that breaks only that rule, and the nearest valid record. The limits come from
/// the procedure and its facts in docs/procedure.md (4,000 characters of notes, the entry window, the 2025-26 gray days) or from the
/// service-type policy the host configured, read from the catalog rather than restated.
/// </summary>
public static class RuleExamples
{
    private static readonly ServiceTypePolicy ParaPolicy = ServiceTypeCatalog.Standard[ServiceType.Paraprofessional];

    public static IReadOnlyDictionary<string, (RuleExample Broken, RuleExample NearestValid)> ByCode { get; } = Build();

    private static RuleExample Ex(string name, ServiceRecord record, RecordingContext? options = null, ValidationStage stage = ValidationStage.Save) =>
        new(name, record, options ?? Options, stage);

    private static ServiceRecord Para(Func<ServiceRecord, ServiceRecord> edit) => Certify(edit(ParaRecord));

    private static ServiceRecord Absence(Func<ServiceRecord, ServiceRecord> edit) => Certify(edit(ParaAbsence));

    private static ServiceRecord Speech(Func<ServiceRecord, ServiceRecord> edit) => Certify(edit(SpeechRecord));

    private static Dictionary<string, (RuleExample, RuleExample)> Build()
    {
        var eightDigits = new StudentId("20438152");
        var ambulatoryPara = Samples.Para with { Specialty = "Ambulatory" };
        var today = new LocalDate(2025, 10, 8);
        var sessionEnd = (ParaRecord.Date + ParaRecord.EndTime).InZoneStrictly(Zone).ToInstant();

        return new()
        {
            ["SR101"] = (Ex("no student id", Para(r => r with { StudentId = default })), Ex("the student's id", ParaRecord)),
            ["SR102"] = (
                Ex("eight digits", Para(r => r with { StudentId = eightDigits }), Options.WithAssignments(ParaAssignment with { StudentId = eightDigits })),
                Ex("eight digits where OSIS ids are not required", Para(r => r with { StudentId = eightDigits }),
                    Options.WithAssignments(ParaAssignment with { StudentId = eightDigits }) with { RequireOsisStudentIds = false })),
            ["SR103"] = (Ex("no provider id", Para(r => r with { ProviderId = default })), Ex("the provider's id", ParaRecord)),
            ["SR104"] = (Ex("a service type the catalog lacks", Para(r => r with { ServiceType = new ServiceType("basket-weaving") })), Ex("Paraprofessional", ParaRecord)),

            ["SR201"] = (Ex("ends when it starts", Para(r => r with { EndTime = r.StartTime })),
                Ex("one minute long", Para(r => r with { EndTime = r.StartTime.PlusMinutes(1) }))),
            ["SR202"] = (Ex("thirty seconds long", Para(r => r with { EndTime = r.StartTime.PlusSeconds(30) })),
                Ex("the shortest session", Para(r => r with { EndTime = r.StartTime + Period.FromSeconds((long)ParaPolicy.MinSessionLength.TotalSeconds) }))),
            ["SR203"] = (Ex("a minute longer than the longest session", Para(r => r with { EndTime = r.StartTime + Period.FromMinutes((long)ParaPolicy.MaxSessionLength.TotalMinutes + 1) })),
                Ex("the longest session", Para(r => r with { EndTime = r.StartTime + Period.FromMinutes((long)ParaPolicy.MaxSessionLength.TotalMinutes) }))),
            ["SR204"] = (Ex("tomorrow", Para(r => r with { Date = today.PlusDays(1) })), Ex("today, ended", Para(r => r with { Date = today }))),
            ["SR205"] = (Ex("today, ending half an hour from now", Certify(ParaRecord with { Date = today, StartTime = new(11, 0), EndTime = new(18, 30) }, Now)),
                Ex("today, ending now", Certify(ParaRecord with { Date = today, StartTime = new(11, 0), EndTime = new(18, 0) }, Now))),
            ["SR206"] = (Ex("the day before the previous month", Para(r => r with { Date = new LocalDate(2025, 8, 31) })),
                Ex("the first school day of the previous month", Para(r => r with { Date = new LocalDate(2025, 9, 4) }))),

            ["SR301"] = (Ex("session type 7", Para(r => r with { SessionType = (SessionType)7 })), Ex("Service Provided", ParaRecord)),
            ["SR302"] = (Ex("reason 99", Absence(r => r with { Reason = (SessionReason)99 })), Ex("absent from school", ParaAbsence)),
            ["SR303"] = (Ex("a service with a reason", Para(r => r with { Reason = SessionReason.Testing })), Ex("a service without one", ParaRecord)),
            ["SR304"] = (Ex("Student Absent for the provider's sick leave", Absence(r => r with { Reason = SessionReason.ProviderSickLeave })),
                Ex("Student Absent for the student's refusal", Absence(r => r with { Reason = SessionReason.StudentRefusedService }))),
            ["SR305"] = (Ex("cancelled without a reason", Absence(r => r with { SessionType = SessionType.Cancelled, Reason = null })),
                Ex("cancelled for a school trip", Absence(r => r with { SessionType = SessionType.Cancelled, Reason = SessionReason.SchoolTrip }))),
            ["SR306"] = (Ex("cancelled for Other, no notes", Absence(r => r with { SessionType = SessionType.Cancelled, Reason = SessionReason.Other })),
                Ex("cancelled for Other, named in the notes", Absence(r => r with { SessionType = SessionType.Cancelled, Reason = SessionReason.Other, Notes = "Fire drill." }))),

            ["SR401"] = (Ex("one more than the largest group", Para(r => r with { GroupSize = GroupSize.Group(ParaPolicy.MaxGroupSize + 1) })),
                Ex("the largest group", Para(r => r with { GroupSize = GroupSize.Group(ParaPolicy.MaxGroupSize) }))),
            ["SR402"] = (Ex("no language", Para(r => r with { Language = default })), Ex("English", ParaRecord)),
            ["SR403"] = (Ex("Klingon", Para(r => r with { Language = new Language("tlh") })),
                Ex("Klingon, added by the host", Para(r => r with { Language = new Language("tlh") }), Options with { Languages = Language.StandardCatalog.With(new Language("tlh"), "Klingon") })),
            ["SR404"] = (Ex("English for a Spanish mandate", ParaRecord, Options.WithAssignments(ParaAssignment with { MandatedLanguage = Language.Spanish })),
                Ex("Spanish for a Spanish mandate", Para(r => r with { Language = Language.Spanish }), Options.WithAssignments(ParaAssignment with { MandatedLanguage = Language.Spanish }))),
            ["SR405"] = (Ex("Group, 4 for a group of three", Para(r => r with { GroupSize = GroupSize.Group(4) }), Options.WithAssignments(ParaAssignment with { MandatedGroupSize = GroupSize.Group(3) })),
                Ex("Group, 2 for a group of three (one did not come)", Para(r => r with { GroupSize = GroupSize.Group(2) }), Options.WithAssignments(ParaAssignment with { MandatedGroupSize = GroupSize.Group(3) }))),

            ["SR501"] = (Ex("a service without a location", Para(r => r with { Location = null })), Ex("an absence without one", ParaAbsence)),
            ["SR502"] = (Ex("on the moon", Para(r => r with { Location = new ServiceLocation("moon-base") })), Ex("in a classroom", ParaRecord)),
            ["SR503"] = (Ex("a paraprofessional service without a description", Para(r => r with { Description = null })), Ex("an absence without one", ParaAbsence)),
            ["SR504"] = (Ex("speech with a description", Speech(r => r with { Description = ServiceDescription.Health })), Ex("speech without one", SpeechRecord)),
            ["SR505"] = (Ex("juggling", Para(r => r with { Description = new ServiceDescription("juggling") })), Ex("toileting", Para(r => r with { Description = ServiceDescription.Toileting }))),
            ["SR506"] = (Ex("an ambulatory para records Mobility", Para(r => r with { Description = ServiceDescription.Mobility, Notes = "Ambulatory support." }), Options.WithProviders(ambulatoryPara, SpeechTherapist)),
                Ex("an ambulatory para records Health", Para(r => r with { Notes = "Ambulatory support." }), Options.WithProviders(ambulatoryPara, SpeechTherapist))),
            ["SR507"] = (Ex("an ambulatory para without notes", ParaRecord, Options.WithProviders(ambulatoryPara, SpeechTherapist)),
                Ex("an ambulatory para naming it in the notes", Para(r => r with { Notes = "Ambulatory support in the hallways." }), Options.WithProviders(ambulatoryPara, SpeechTherapist))),
            ["SR508"] = (Ex("a paraprofessional service without progress", Para(r => r with { Progress = null })), Ex("an absence without it", ParaAbsence)),
            ["SR509"] = (Ex("stellar progress", Para(r => r with { Progress = new ProgressIndicator("stellar") })), Ex("progressing", ParaRecord)),
            ["SR510"] = (Ex("speech without notes", Speech(r => r with { Notes = " " })), Ex("a paraprofessional without notes", ParaRecord)),
            ["SR511"] = (Ex("4,001 characters of notes", Para(r => r with { Notes = new string('a', 4001) })), Ex("4,000 characters", Para(r => r with { Notes = new string('a', 4000) }))),
            ["SR512"] = (Ex("a bell in the notes", Para(r => r with { Notes = "Worked on\u0007 goals." })), Ex("line breaks and tabs", Para(r => r with { Notes = "Worked on\r\n\tgoals." }))),
            ["SR513"] = (Ex("confidential speech notes", Speech(r => r with { NotesConfidential = true })), Ex("confidential counseling notes", CounselingRecord)),

            ["SR601"] = (Ex("saved uncertified", ParaRecord with { Certification = null }), Ex("a draft uncertified", ParaRecord with { Certification = null }, stage: ValidationStage.Draft)),
            ["SR602"] = (Ex("certified by another provider", ParaRecord with { Certification = Certification.Of(ParaRecord, SpeechTherapist.Id, CertifiedAt) }), Ex("by its own", ParaRecord)),
            ["SR603"] = (Ex("a second before the end", Certify(ParaRecord, sessionEnd - Duration.FromSeconds(1))), Ex("as it ended", Certify(ParaRecord, sessionEnd))),
            ["SR604"] = (Ex("a second from now", Certify(ParaRecord, Now + Duration.FromSeconds(1))), Ex("now", Certify(ParaRecord, Now))),
            ["SR605"] = (Ex("edited after certifying", ParaRecord with { Progress = ProgressIndicator.Emerging }), Ex("certified again", Para(r => r with { Progress = ProgressIndicator.Emerging }))),

            ["SR701"] = (Ex("absent on Yom Kippur", Absence(r => r with { Date = new LocalDate(2025, 10, 2) })), Ex("absent the day after", Absence(r => r with { Date = new LocalDate(2025, 10, 3) }))),
            ["SR702"] = (Ex("a service on a Saturday", Para(r => r with { Date = new LocalDate(2025, 10, 4) })), Ex("on the Friday", Para(r => r with { Date = new LocalDate(2025, 10, 3) }))),
            ["SR703"] = (Ex("no calendar", ParaRecord, Options with { Calendar = null }), Ex("a calendar that covers the date", ParaRecord)),

            ["SR801"] = (Ex("a provider the directory lacks", ParaRecord, Options.WithProviders(SpeechTherapist)), Ex("a known provider", ParaRecord)),
            ["SR802"] = (Ex("a speech provider's paraprofessional record", ParaRecord, Options.WithProviders(Samples.Para with { Role = ProviderRole.SpeechProvider })),
                Ex("a paraprofessional's", ParaRecord)),
            ["SR803"] = (Ex("the day after the assignment ended", ParaRecord, Options.WithAssignments(ParaAssignment with { Period = new DateInterval(Samples.SchoolYear.Start, ParaRecord.Date.PlusDays(-1)) })),
                Ex("the assignment's last day", ParaRecord, Options.WithAssignments(ParaAssignment with { Period = new DateInterval(Samples.SchoolYear.Start, ParaRecord.Date) }))),
        };
    }
}

using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using NodaTime.Testing;

namespace Sesis.Rules.Tests;

/// <summary>A generated record in its generated context.</summary>
public sealed record RuleCase(ServiceRecord Record, RecordingContext Options, ServiceRecordScenario Origin)
{
    public IReadOnlyList<Finding> Validate(ValidationStage stage) => new ServiceRecordValidator(Options).Validate(Record, stage);

    public override string ToString() => $"{Origin} => {Record} {Record.GroupSize} {Record.Language} {Record.Location} {Record.Description} reason={Record.Reason}";
}

/// <summary>
/// For each rule, a generator that takes a generated valid scenario and breaks exactly that rule, keeping
/// everything else valid (re-certifying the edited content, so that only SR605's breaker leaves a stale
/// certification).
/// </summary>
public static class RuleBreakers
{
    private static readonly ServiceRecordScenario[] NoScenarios = [];

    public static Gen<RuleCase> ValidCases { get; } = RecordGenerators.ValidScenarios.Select(static s => new RuleCase(s.Record, OptionsFor(s), s));

    public static IReadOnlyDictionary<string, Gen<RuleCase>> ByCode { get; } = new Dictionary<string, Gen<RuleCase>>
    {
        ["SR101"] = Any(static s => Gen.Constant(Edit(s, r => r with { StudentId = default }))),
        ["SR102"] = Any(static s =>
            from id in Gen.Elements("20438152", "2043815270", "S12345678", "A-1", "20438152a")
            let student = new StudentId(id)
            select Edit(s, r => r with { StudentId = student }, o => o with { Caseload = Caseload.Create([s.Assignment with { StudentId = student }]) })),
        ["SR103"] = Any(static s => Gen.Constant(Edit(s, r => r with { ProviderId = default }))),
        ["SR104"] = Any(static s =>
            from type in Gen.Elements(default(ServiceType), new ServiceType("basket-weaving"), new ServiceType("para"), new ServiceType("speech"))
            select Edit(s, r => r with { ServiceType = type })),

        ["SR201"] = Any(static s =>
            from back in Gen.Choose(0, s.Record.StartTime.Hour * 60)
            select Edit(s, r => r with { EndTime = r.StartTime.PlusMinutes(-back) })),
        ["SR202"] = Any(static s =>
            from seconds in Gen.Choose(1, (int)Policy(s).MinSessionLength.TotalSeconds - 1)
            select Edit(s, r => r with { EndTime = r.StartTime.PlusSeconds(seconds) })),
        ["SR203"] = Any(static s =>
            from extraMinutes in Gen.Choose(1, 120)
            select TooLong(s, extraMinutes)),
        ["SR204"] = Any(static s =>
            from days in Gen.Choose(1, 3000)
            select Edit(s, r => r with { Date = s.Today.PlusDays(days) })),
        ["SR205"] = Any(static s =>
            from minutesBefore in Gen.Choose(1, 60)
            select NotEndedYet(s, minutesBefore)),
        ["SR206"] = Any(static s =>
            from days in Gen.Choose(1, 3000)
            select Edit(s, r => r with { Date = WindowStart(s).PlusDays(-days) })),

        ["SR301"] = Any(static s =>
            from value in Gen.OneOf(Gen.Choose(4, 1000), Gen.Choose(-1000, -1))
            select Edit(s, r => r with { SessionType = (SessionType)value })),
        ["SR302"] = Any(static s =>
            from value in Gen.OneOf(Gen.Constant(0), Gen.Choose(14, 1000), Gen.Choose(-1000, -1))
            select Edit(s, r => r with { Reason = (SessionReason)value })),
        ["SR303"] = Provided(static s =>
            from reason in Gen.Elements(Enum.GetValues<SessionReason>())
            select Edit(s, r => r with { Reason = reason })),
        ["SR304"] = NotProvided(static s =>
            from reason in Gen.Elements(Enum.GetValues<SessionReason>()
                .Where(reason => reason != SessionReason.Other && SessionReasons.SessionTypeOf(reason) != s.Record.SessionType).ToArray())
            select Edit(s, r => r with { Reason = reason })),
        ["SR305"] = NotProvided(static s => Gen.Constant(Edit(s, r => r with { Reason = null }))),
        ["SR306"] = NotProvided(static s =>
            from notes in Gen.Elements(null, "", "   ", "\r\n\t")
            select Edit(s, r => r with { SessionType = SessionType.Cancelled, Reason = SessionReason.Other, Notes = notes })),

        ["SR401"] = Any(static s =>
            from extra in Gen.Choose(1, 1000)
            select Edit(s, r => r with { GroupSize = GroupSize.Group(Policy(s).MaxGroupSize + extra) })),
        ["SR402"] = Any(static s => Gen.Constant(Edit(s, r => r with { Language = default }))),
        ["SR403"] = Any(static s =>
            from code in Gen.Elements("tlh", "qya", "zzz", "xqx")
            select Edit(s, r => r with { Language = new Language(code) })),
        ["SR404"] = Any(static s =>
            from mandated in Gen.Elements(Language.StandardCatalog.Keys.Where(l => l != s.Record.Language).ToArray())
            select Edit(s, r => r, o => o with { Caseload = Caseload.Create([s.Assignment with { MandatedLanguage = mandated }]) })),
        ["SR405"] = Provided(static s =>
            from mandate in OtherGrouping(s.Record.GroupSize)
            select Edit(s, r => r, o => o with { Caseload = Caseload.Create([s.Assignment with { MandatedGroupSize = mandate }]) })),

        ["SR501"] = Provided(static s => Gen.Constant(Edit(s, r => r with { Location = null }))),
        ["SR502"] = Any(static s =>
            from code in Gen.Elements("moon-base", "submarine", "x")
            select Edit(s, r => r with { Location = new ServiceLocation(code) })),
        ["SR503"] = Provided(static p => !p.Descriptions.IsEmpty,
            static s => Gen.Constant(Edit(s, r => r with { Description = null }))),
        ["SR504"] = Any(static p => p.Descriptions.IsEmpty,
            static s =>
                from description in Gen.Elements(ServiceDescription.ParaprofessionalCatalog.Keys.ToArray())
                select Edit(s, r => r with { Description = description })),
        ["SR505"] = Any(static p => !p.Descriptions.IsEmpty,
            static s =>
                from code in Gen.Elements("juggling", "crisis-management", "health-care")
                select Edit(s, r => r with { Description = new ServiceDescription(code) })),
        ["SR506"] = Provided(static p => !p.Descriptions.IsEmpty,
            static s =>
                from description in Gen.Elements(Policy(s).Descriptions.Where(d => d != ServiceDescription.Health).ToArray())
                from specialty in Gen.Elements("Ambulatory", "Feeding", "Behavior support")
                select Edit(s, r => r with { Description = description, Notes = specialty + " para: " + r.Notes },
                    o => o with { Providers = ProviderDirectory.Create([s.Provider with { Specialty = specialty }]) })),
        ["SR507"] = Provided(static p => !p.Descriptions.IsEmpty,
            static s =>
                from specialty in Gen.Elements("Ambulatory", "Feeding", "Behavior support")
                select Edit(s, r => r with { Description = ServiceDescription.Health },
                    o => o with { Providers = ProviderDirectory.Create([s.Provider with { Specialty = specialty }]) })),
        ["SR508"] = Provided(static p => p.ProgressRequired,
            static s => Gen.Constant(Edit(s, r => r with { Progress = null }))),
        ["SR509"] = Any(static s =>
            from code in Gen.Elements("stellar", "meh", "goal-achieved-twice")
            select Edit(s, r => r with { Progress = new ProgressIndicator(code) })),
        ["SR510"] = Provided(static p => p.NotesRequired,
            static s =>
                from notes in Gen.Elements(null, "", " ", "\r\n", "\t \n")
                select Edit(s, r => r with { Notes = notes })),
        ["SR511"] = Any(static s =>
            from length in Gen.Choose(RuleSettingsMaxNotes + 1, 3 * RuleSettingsMaxNotes)
            select Edit(s, r => r with { Notes = string.Concat(Enumerable.Repeat("Worked on goals. ", (length / 17) + 1))[..length] })),
        ["SR512"] = Any(static s =>
            from control in Gen.Elements('\0', '\u0001', '\u0007', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u009f')
            from position in Gen.Choose(0, 10)
            select Edit(s, r => r with { Notes = Insert(r.Notes ?? "Session notes", position, control) })),
        ["SR513"] = Any(static p => !p.NotesMayBeConfidential,
            static s => Gen.Constant(Edit(s, r => r with { NotesConfidential = true }))),

        ["SR601"] = Any(static s => Gen.Constant(Case(s, s.Record with { Certification = null }))),
        ["SR602"] = Any(static s =>
            from other in RecordGenerators.ProviderIds.Where(id => id != s.Record.ProviderId)
            select Case(s, s.Record with { Certification = s.Record.Certification! with { CertifiedBy = other } })),
        ["SR603"] = Any(static s =>
            from seconds in Gen.Choose(1, 48 * 3600)
            select Case(s, s.Record with { Certification = s.Record.Certification! with { CertifiedAt = SessionEnd(s) - Duration.FromSeconds(seconds) } })),
        ["SR604"] = Any(static s =>
            from seconds in Gen.Choose(1, 48 * 3600)
            select Case(s, s.Record with { Certification = s.Record.Certification! with { CertifiedAt = s.Now + Duration.FromSeconds(seconds) } })),
        ["SR605"] = Any(static s =>
            from language in Gen.Elements(Language.StandardCatalog.Keys.Where(l => l != s.Record.Language).ToArray())
            select Case(s, s.Record with { Language = language })),

        ["SR701"] = WithEarlierGrayDay(RecordGenerators.NotProvidedSessions, static s =>
                from day in Gen.Elements(EarlierGrayDays(s))
                select Edit(s, r => r with { Date = day })),
        ["SR702"] = WithEarlierGrayDay(RecordGenerators.ProvidedSessions, static s =>
                from day in Gen.Elements(EarlierGrayDays(s))
                select Edit(s, r => r with { Date = day })),
        ["SR703"] = Any(static s =>
            from calendar in Gen.Elements<ISchoolCalendar?>(null, TestSchoolCalendar.CoversNothing)
            select Edit(s, r => r, o => o with { Calendar = calendar })),

        ["SR801"] = Any(static s => Gen.Constant(Edit(s, r => r, o => o with { Providers = ProviderDirectory.Empty }))),
        ["SR802"] = Any(static s =>
            from role in Gen.Elements(ProviderRole.StandardCatalog.Keys.Where(role => !Policy(s).AllowsRole(role)).ToArray())
            select Edit(s, r => r, o => o with { Providers = ProviderDirectory.Create([s.Provider with { Role = role }]) })),
        ["SR803"] = Any(static s =>
            from caseload in Gen.Elements(
                Caseload.Empty,
                Caseload.Create([s.Assignment with { Period = new DateInterval(s.Record.Date.PlusDays(1), s.Record.Date.PlusDays(30)) }]),
                Caseload.Create([s.Assignment with { ServiceType = OtherServiceType(s) }]),
                Caseload.Create([s.Assignment with { StudentId = new StudentId("999999999") }]))
            select Edit(s, r => r, o => o with { Caseload = caseload })),
    };

    /// <summary>Gets the context a generated scenario is valid in.</summary>
    public static RecordingContext OptionsFor(ServiceRecordScenario s) => new()
    {
        Clock = new FakeClock(s.Now),
        TimeZone = s.Zone,
        Calendar = TestSchoolCalendar.Nyc2025To2026,
        Providers = s.Providers,
        Caseload = s.Caseload,
    };

    private const int RuleSettingsMaxNotes = 4000;

    private static ServiceTypePolicy Policy(ServiceRecordScenario s) => ServiceTypeCatalog.Standard[s.Record.ServiceType];

    private static Gen<RuleCase> Any(Func<ServiceRecordScenario, Gen<RuleCase>> breakIt) => RecordGenerators.ValidScenarios.SelectMany(breakIt);

    // Rules that apply to some service types only: the policies are chosen first. No filter over generated
    // scenarios, which would retry for ever if no policy qualified; Gen.Elements refuses an empty choice at once.
    private static Gen<RuleCase> Any(Func<ServiceTypePolicy, bool> applies, Func<ServiceRecordScenario, Gen<RuleCase>> breakIt) =>
        RecordGenerators.ScenariosOf(PoliciesWhere(applies), RecordGenerators.SessionTypes).SelectMany(breakIt);

    private static Gen<RuleCase> Provided(Func<ServiceTypePolicy, bool> applies, Func<ServiceRecordScenario, Gen<RuleCase>> breakIt) =>
        RecordGenerators.ScenariosOf(PoliciesWhere(applies), RecordGenerators.ProvidedSessions).SelectMany(breakIt);

    private static Gen<RuleCase> Provided(Func<ServiceRecordScenario, Gen<RuleCase>> breakIt) =>
        RecordGenerators.ScenariosOf(RecordGenerators.Policies, RecordGenerators.ProvidedSessions).SelectMany(breakIt);

    private static Gen<RuleCase> NotProvided(Func<ServiceRecordScenario, Gen<RuleCase>> breakIt) =>
        RecordGenerators.ScenariosOf(RecordGenerators.Policies, RecordGenerators.NotProvidedSessions).SelectMany(breakIt);

    private static Gen<ServiceTypePolicy> PoliciesWhere(Func<ServiceTypePolicy, bool> applies) =>
        Gen.Elements(ServiceTypeCatalog.Standard.Values.Where(applies).ToArray());

    // Almost every school day has a gray day earlier in its entry window (a weekend at least); the few that do
    // not are drawn again, a bounded number of times, so that a calendar with no gray days fails at once.
    private static Gen<RuleCase> WithEarlierGrayDay(Gen<(SessionType Type, SessionReason? Reason)> sessions, Func<ServiceRecordScenario, Gen<RuleCase>> breakIt) =>
        ScenarioWithEarlierGrayDay(sessions, attemptsLeft: 100).SelectMany(breakIt);

    private static Gen<ServiceRecordScenario> ScenarioWithEarlierGrayDay(Gen<(SessionType Type, SessionReason? Reason)> sessions, int attemptsLeft) =>
        RecordGenerators.ScenariosOf(RecordGenerators.Policies, sessions).SelectMany(s =>
            EarlierGrayDays(s).Length > 0 ? Gen.Constant(s)
            : attemptsLeft > 1 ? ScenarioWithEarlierGrayDay(sessions, attemptsLeft - 1)
            : throw new InvalidOperationException("No generated scenario in 100 has a gray day earlier in its entry window."));

    private static RuleCase Case(ServiceRecordScenario s, ServiceRecord record, Func<RecordingContext, RecordingContext>? options = null) =>
        new(record, (options ?? (static o => o))(OptionsFor(s)), s);

    /// <summary>Edits the record and certifies the edit as the scenario's provider did, at the same instant.</summary>
    private static RuleCase Edit(ServiceRecordScenario s, Func<ServiceRecord, ServiceRecord> edit, Func<RecordingContext, RecordingContext>? options = null)
    {
        var edited = edit(s.Record);
        var certification = s.Record.Certification!;
        return Case(s, edited with { Certification = Certification.Of(edited, certification.CertifiedBy, certification.CertifiedAt) }, options);
    }

    private static LocalDate WindowStart(ServiceRecordScenario s) => s.Today.With(DateAdjusters.StartOfMonth).PlusMonths(-1);

    private static Instant SessionEnd(ServiceRecordScenario s) => CertificationVerification.SessionEnd(s.Record, s.Zone);

    // Gray days before the record's date, inside the entry window and the caseload assignment: moving the
    // record there breaks only the gray-day rule (an earlier day has ended and was certified after).
    private static LocalDate[] EarlierGrayDays(ServiceRecordScenario s)
    {
        var from = LocalDate.Max(WindowStart(s), s.Assignment.Period.Start);
        var days = new List<LocalDate>();
        for (var day = from; day < s.Record.Date; day = day.PlusDays(1))
        {
            if (TestSchoolCalendar.Nyc2025To2026.IsGrayDay(day, SchoolKind.Elementary))
            {
                days.Add(day);
            }
        }

        return [.. days];
    }

    private static Gen<GroupSize> OtherGrouping(GroupSize recorded) =>
        recorded.IsIndividual
            ? Gen.Choose(1, 5).Select(GroupSize.Group)
            : recorded.Students == 1
                ? Gen.Constant(GroupSize.Individual)
                : Gen.OneOf(Gen.Constant(GroupSize.Individual), Gen.Choose(1, recorded.Students - 1).Select(GroupSize.Group));

    private static ServiceType OtherServiceType(ServiceRecordScenario s) =>
        ServiceTypeCatalog.Standard.Keys.First(t => t != s.Record.ServiceType);

    private static string Insert(string text, int position, char control) => text.Insert(Math.Min(position, text.Length), control.ToString());

    // Longer than the policy allows: start earlier when the day has room, else a host policy with a shorter limit.
    private static RuleCase TooLong(ServiceRecordScenario s, int extraMinutes)
    {
        var policy = Policy(s);
        var length = policy.MaxSessionLength + Duration.FromMinutes(extraMinutes);
        var endNanos = s.Record.EndTime.NanosecondOfDay;
        if (endNanos - length.ToInt64Nanoseconds() >= 0)
        {
            return Edit(s, r => r with { StartTime = LocalTime.FromNanosecondsSinceMidnight(endNanos - length.ToInt64Nanoseconds()) });
        }

        var shorter = policy with { MaxSessionLength = s.Record.Length - Duration.FromSeconds(1), MinSessionLength = Duration.Zero };
        return Edit(s, r => r, o => o with { ServiceTypes = ServiceTypeCatalog.Standard.With(shorter) });
    }

    // The clock moved back to before the session ended, the same day; certified "now" so that only SR205 holds.
    private static RuleCase NotEndedYet(ServiceRecordScenario s, int minutesBefore)
    {
        var localNow = (s.Record.Date + s.Record.EndTime).PlusMinutes(-minutesBefore);
        var now = localNow.InZoneLeniently(s.Zone).ToInstant();
        var record = s.Record with { Certification = s.Record.Certification! with { CertifiedAt = now } };
        return new RuleCase(record, OptionsFor(s) with { Clock = new FakeClock(now) }, s);
    }
}

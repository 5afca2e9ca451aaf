using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using NodaTime;
using NodaTime.Testing;

namespace Sesis.Rules.Tests;

/// <summary>
/// Every public constructor and method of the library that takes a date (a <see cref="LocalDate"/>, a period, a
/// month, or a service record, which carries one) answers for any date NodaTime holds: the first and the last ISO
/// date, year 0, and dates in other calendar systems, which are read as their ISO dates (docs/rules.md). Checked by
/// reflection, so that a member added later is swept too: it returns (its sequences enumerated to the end), or
/// throws one of the documented argument exceptions listed below, never anything else.
/// </summary>
public sealed class ExtremeDateConventionTests
{
    private const BindingFlags DeclaredPublic = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly Instant Now = LifecycleTestKit.Now;
    private static readonly ServiceRecord Sample = LifecycleTestKit.Sample;

    /// <summary>The dates swept, by name: the ISO extremes, year 0, and the sample's day in two other calendar systems.</summary>
    private static readonly Dictionary<string, LocalDate> Dates = new(StringComparer.Ordinal)
    {
        ["MinIsoValue"] = LocalDate.MinIsoValue,
        ["MaxIsoValue"] = LocalDate.MaxIsoValue,
        ["year 0"] = new LocalDate(0, 12, 31),
        ["Julian"] = Sample.Date.WithCalendar(CalendarSystem.Julian),
        ["Hebrew"] = Sample.Date.WithCalendar(CalendarSystem.HebrewCivil),
    };

    /// <summary>
    /// The documented refusals: members that take dates (or periods, months) in the ISO calendar only and say so
    /// with an <see cref="ArgumentException"/> naming the parameter, when given a date of another calendar system.
    /// </summary>
    private static readonly Dictionary<string, string> IsoOnly = new(StringComparer.Ordinal)
    {
        ["new SchoolYear"] = "school years are given in the ISO calendar (SchoolYear's constructor)",
        ["new CalendarEntry"] = "calendar entries are given in the ISO calendar (CalendarEntry's constructor)",
        ["CalendarEntry.Closure"] = "builds a CalendarEntry",
        ["CalendarEntry.ClosureFor"] = "builds a CalendarEntry",
        ["CalendarEntry.EarlyDismissal"] = "builds a CalendarEntry",
        ["CalendarEntry.RemoteLearning"] = "builds a CalendarEntry",
        ["ServicesCalendar.Create"] = "the month is an ISO month: a month of another calendar straddles two ISO months",
        ["MissingRecords.Find"] = "the period is an ISO period, as schedules and school calendars are",
        ["EncounterAttendanceReport.Create"] = "the period is an ISO period, as schedules and school calendars are",
    };

    /// <summary>The indexer of a month's Services Calendar refuses a day of another month (documented), as a list refuses an index past its end.</summary>
    private const string DayOfTheMonth = "ServicesCalendar.get_Item";

    /// <summary>The members swept, by display name.</summary>
    private static readonly Dictionary<string, MethodBase> Members = FindMembers();

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var member in Members.Keys.Order(StringComparer.Ordinal))
        {
            foreach (var date in Dates.Keys)
            {
                data.Add(member, date);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_member_taking_a_date_answers_for_any_date_NodaTime_holds(string member, string dateName)
    {
        var method = Members[member];
        var date = Dates[dateName];

        var arguments = method.GetParameters().Select(p => Argument(p, date)).ToArray();
        var unsampled = method.GetParameters().Where(p => arguments[p.Position] is null && !p.IsOut && !MayBeNull(p)).Select(static p => p.Name);
        Assert.True(!unsampled.Any(), $"{member}: no sample for {string.Join(", ", unsampled)}; add one to Other.");

        var thrown = Invoke(method, arguments);

        if (thrown is null)
        {
            return;
        }

        var name = NameOf(method, withParameters: false);
        if (name == DayOfTheMonth && date.WithCalendar(CalendarSystem.Iso).ToYearMonth() != Sample.Date.ToYearMonth())
        {
            Assert.Equal("date", Assert.IsType<ArgumentOutOfRangeException>(thrown).ParamName);
            return;
        }

        var documented = date.Calendar != CalendarSystem.Iso && IsoOnly.ContainsKey(name);
        Assert.True(documented, $"{member} with {dateName} ({date}) threw {thrown.GetType().Name}: {thrown.Message}");
        var refusal = Assert.IsAssignableFrom<ArgumentException>(thrown);
        Assert.True(method.GetParameters().Any(p => p.Name == refusal.ParamName), $"{member}: the refusal names '{refusal.ParamName}': {refusal.Message}");
        Assert.Contains("ISO", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sweep_finds_the_members_taking_dates_and_every_documented_refusal_names_one()
    {
        // 44 members when this test was written: a much smaller number means members are no longer found.
        Assert.True(Members.Count >= 40, $"Only {Members.Count} members found: {string.Join(", ", Members.Keys)}");
        var names = Members.Values.Select(static m => NameOf(m, withParameters: false)).ToHashSet(StringComparer.Ordinal);
        Assert.All(IsoOnly.Keys, name => Assert.Contains(name, names));
        Assert.Contains("ServiceRecordValidator.Validate(record, stage)", Members.Keys);
        Assert.Contains("SchoolCalendar.IsGrayDay(day, kind)", Members.Keys);
        Assert.Contains("ServicesCalendar.get_Item(date)", Members.Keys);
    }

    [Theory]
    [InlineData("MinIsoValue", "SR206")]
    [InlineData("year 0", "SR206")]
    [InlineData("MaxIsoValue", "SR204")]
    public void The_validator_finds_a_date_outside_the_entry_window_with_a_calendar_or_without(string dateName, string code)
    {
        var record = Certified(Sample with { Date = Dates[dateName] });
        foreach (var calendar in new ISchoolCalendar?[] { SchoolCalendars.NewYorkCity2025To2026, null })
        {
            var findings = new ServiceRecordValidator(new RecordingContext { Clock = new FakeClock(Now), Calendar = calendar }).Validate(record, ValidationStage.Save);

            Assert.Contains(code, findings.Select(static f => f.Code));
        }
    }

    [Theory]
    [InlineData("Julian")]
    [InlineData("Hebrew")]
    public void A_date_of_another_calendar_system_gets_the_answers_of_its_ISO_date(string dateName)
    {
        var date = Dates[dateName];
        var iso = date.WithCalendar(CalendarSystem.Iso);
        var nyc = SchoolCalendars.NewYorkCity2025To2026;
        var schedule = ServiceSchedule.EverySchoolDay(Sample.ProviderId, Sample.StudentId, Sample.ServiceType, new DateInterval(iso, iso));
        var context = new RecordingContext
        {
            Schedules = ServiceSchedules.Create([schedule]),
            Clock = new FakeClock(Now),
            Calendar = nyc,
            Providers = ProviderDirectory.Create([new Provider(Sample.ProviderId, ProviderRole.Paraprofessional)]),
            Caseload = Caseload.Create([new CaseloadAssignment(Sample.ProviderId, Sample.StudentId, Sample.ServiceType, new DateInterval(iso, iso))]),
        };
        var validator = new ServiceRecordValidator(context);

        Assert.Equal(iso, Sample.Date);
        Assert.Empty(validator.Validate(Certified(Sample), ValidationStage.Save));
        Assert.Empty(validator.Validate(Certified(Sample with { Date = date }), ValidationStage.Save));
        Assert.Equal(nyc.IsGrayDay(iso, SchoolKind.High), nyc.IsGrayDay(date, SchoolKind.High));
        Assert.True(nyc.Covers(date));
        Assert.True(schedule.IsScheduledOn(date) && schedule.ExpectsRecordOn(date, nyc));
        Assert.Empty(MissingRecords.Find(context, new DateInterval(iso, iso), [Sample with { Date = date }]));
        Assert.Equal(ServicesCalendarDayStatus.Recorded, ServicesCalendar.Create(context, Sample.ProviderId, iso.ToYearMonth(), [Sample with { Date = date }])[date].Status);
    }

    private static Dictionary<string, MethodBase> FindMembers()
    {
        var members = new Dictionary<string, MethodBase>(StringComparer.Ordinal);
        foreach (var type in typeof(ServiceRecord).Assembly.GetExportedTypes().Where(static t => !t.IsEnum && !t.IsGenericTypeDefinition && !t.IsInterface))
        {
            var methods = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Cast<MethodBase>()
                .Concat(type.GetMethods(DeclaredPublic).Where(IsSwept));
            foreach (var method in methods.Where(static m => m.GetParameters().Any(static p => TakesADate(p.ParameterType))))
            {
                members[NameOf(method, withParameters: true)] = method;
            }
        }

        return members;
    }

    /// <summary>Methods, operators and indexers; not property setters (init accessors), compiler-generated members or Deconstruct.</summary>
    private static bool IsSwept(MethodInfo method) =>
        (!method.IsSpecialName || method.Name.StartsWith("op_", StringComparison.Ordinal) || method.Name == "get_Item")
        && !method.Name.StartsWith('<')
        && !method.IsDefined(typeof(CompilerGeneratedAttribute))
        && method.Name != "Deconstruct";

    private static bool TakesADate(Type type) =>
        type == typeof(LocalDate) || type == typeof(LocalDate?) || type == typeof(DateInterval) || type == typeof(YearMonth)
        || type == typeof(ServiceRecord) || type == typeof(IEnumerable<ServiceRecord>) || type == typeof(IAsyncEnumerable<ServiceRecord>);

    private static string NameOf(MethodBase method, bool withParameters)
    {
        var name = method is ConstructorInfo ? $"new {method.DeclaringType!.Name}" : $"{method.DeclaringType!.Name}.{method.Name}";
        return withParameters ? $"{name}({string.Join(", ", method.GetParameters().Select(static p => p.Name))})" : name;
    }

    private static bool MayBeNull(ParameterInfo parameter) =>
        parameter.ParameterType.IsValueType
            ? Nullable.GetUnderlyingType(parameter.ParameterType) is not null && parameter.ParameterType != typeof(LocalDate?)
            : new NullabilityInfoContext().Create(parameter).ReadState == NullabilityState.Nullable;

    private static ServiceRecord Certified(ServiceRecord record) =>
        record with { Certification = Certification.Of(record, record.ProviderId, LifecycleTestKit.SessionEnd) };

    /// <summary>The argument for a parameter: the date (or a period, month or record of it) for the date parameters, a sample otherwise.</summary>
    private static object? Argument(ParameterInfo parameter, LocalDate date)
    {
        var type = parameter.ParameterType;
        var record = Sample with { Date = date }; // not certified: a new draft carries no certification
        return type switch
        {
            _ when parameter.IsOut => null,
            _ when MayBeNull(parameter) => null,
            _ when type == typeof(LocalDate) || type == typeof(LocalDate?) => date,
            _ when type == typeof(DateInterval) => new DateInterval(date, date),
            _ when type == typeof(YearMonth) => date.ToYearMonth(),
            _ when type == typeof(ServiceRecord) => record,
            _ when type == typeof(IEnumerable<ServiceRecord>) => new[] { record },
            _ when type == typeof(IAsyncEnumerable<ServiceRecord>) => Async(record),
            _ when type == typeof(CancellationToken) => CancellationToken.None,
            _ when parameter.HasDefaultValue => parameter.DefaultValue,
            _ when type.IsEnum => Enum.GetValues(type).GetValue(0),
            _ when type.IsArray => Array.CreateInstance(type.GetElementType()!, 0),
            _ => Other(type),
        };

        static async IAsyncEnumerable<ServiceRecord> Async(ServiceRecord record)
        {
            await Task.Yield();
            yield return record;
        }
    }

    /// <summary>Sample values of the other parameters, and fresh instances whose methods are called (a workflow is not shareable).</summary>
    private static object? Other(Type type)
    {
        var calendar = SchoolCalendars.NewYorkCity2025To2026;
        var clock = new FakeClock(Now);
        var week = new DateInterval(Sample.Date, Sample.Date.PlusDays(4));
        var assignment = new CaseloadAssignment(Sample.ProviderId, Sample.StudentId, Sample.ServiceType, week);
        var schedule = ServiceSchedule.EverySchoolDay(Sample.ProviderId, Sample.StudentId, Sample.ServiceType, week);
        var recording = new RecordingContext { Clock = clock, Calendar = calendar, Caseload = Caseload.Create([assignment]), Schedules = ServiceSchedules.Create([schedule]) };
        var validator = new ServiceRecordValidator(recording);
        var revision = ServiceRecordRevision.NewDraft(LifecycleTestKit.RecordId, Sample);
        return type switch
        {
            _ when type == typeof(string) => "sample",
            _ when type == typeof(int) => 1,
            _ when type == typeof(long) => 1L,
            _ when type == typeof(CancellationToken) => CancellationToken.None,
            _ when type == typeof(Action<MissingRecordFinding>) => new Action<MissingRecordFinding>(static _ => { }),
            _ when type == typeof(CertificationVerification) => CertificationVerification.Of(Sample, NewYork, Now),
            _ when type == typeof(Finding) => new Finding("SR101", FindingSeverity.Error, "StudentId", "sample"),
            _ when type == typeof(Guid) => LifecycleTestKit.RecordId,
            _ when type == typeof(Instant) => Now,
            _ when type == typeof(DateTimeZone) => NewYork,
            _ when type == typeof(IClock) => clock,
            _ when type == typeof(ZonedClock) => new ZonedClock(clock, NewYork, CalendarSystem.Iso),
            _ when type == typeof(ProviderId) => Sample.ProviderId,
            _ when type == typeof(StudentId) => Sample.StudentId,
            _ when type == typeof(ServiceType) => Sample.ServiceType,
            _ when type == typeof(Language) => Language.English,
            _ when type == typeof(ISchoolCalendar) || type == typeof(SchoolCalendar) => calendar,
            _ when type == typeof(IServiceRecordValidator) || type == typeof(ServiceRecordValidator) => validator,
            _ when type == typeof(IEnumerable<ServiceSchedule>) => new[] { schedule },
            _ when type == typeof(ServiceRecordRevision) => revision,
            _ when type == typeof(EncounterAttendanceScope) => EncounterAttendanceScope.ForCaseload(Caseload.Create([assignment])),
            _ when type == typeof(BatchValidator) => new BatchValidator(validator),
            _ when type == typeof(Caseload) => Caseload.Create([assignment]),
            _ when type == typeof(CaseloadAssignment) => assignment,
            _ when type == typeof(CalendarEntry) => calendar.Entries[0],
            _ when type == typeof(SchoolYear) => calendar.SchoolYears[0],
            _ when type == typeof(ServiceSchedule) => schedule,
            _ when type == typeof(Certification) => Certification.Of(Sample, Sample.ProviderId, Now),
            _ when type == typeof(ServiceRecordWorkflow) => new ServiceRecordWorkflow(revision, validator),
            _ when type == typeof(ServicesCalendar) => ServicesCalendar.Create(recording, Sample.ProviderId, Sample.Date.ToYearMonth(), [Sample]),
            _ when type == typeof(RecordingContext) => recording,
            _ when type == typeof(ServiceSchedules) || type == typeof(IServiceSchedules) => ServiceSchedules.Create([schedule]),
            _ when type == typeof(ICaseload) => Caseload.Create([assignment]),
            _ => null,
        };
    }

    /// <summary>Calls the member on a fresh instance, enumerating what it returns.</summary>
    /// <returns>The exception thrown, or <see langword="null"/>.</returns>
    private static Exception? Invoke(MethodBase method, object?[] arguments)
    {
        var target = method.IsStatic || method is ConstructorInfo
            ? null
            : Other(method.DeclaringType!) ?? throw new InvalidOperationException($"No instance of {method.DeclaringType!.Name}: add one to Other.");
        try
        {
            Drain(method is ConstructorInfo constructor ? constructor.Invoke(arguments) : method.Invoke(target, arguments));
            return null;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            return e.InnerException;
        }
        catch (Exception e)
        {
            return e; // thrown while enumerating a returned sequence
        }
    }

    private static void Drain(object? returned)
    {
        if (returned is IEnumerable sequence and not string)
        {
            foreach (var item in sequence)
            {
                _ = item?.ToString();
            }
        }
        else if (returned?.GetType().GetInterfaces().FirstOrDefault(static i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>)) is { } asyncInterface)
        {
            var enumerator = asyncInterface.GetMethod("GetAsyncEnumerator")!.Invoke(returned, [CancellationToken.None])!;
            var moveNext = enumerator.GetType().GetInterfaces().First(static i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerator<>)).GetMethod("MoveNextAsync")!;
            while (((ValueTask<bool>)moveNext.Invoke(enumerator, null)!).AsTask().GetAwaiter().GetResult())
            {
            }
        }
        else
        {
            _ = returned?.ToString();
        }
    }
}

using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using NodaTime;
using NodaTime.Testing;

namespace Sesis.Rules.Tests;

/// <summary>
/// Every public constructor and method of the library refuses null for each parameter not annotated nullable,
/// at call time, with an <see cref="ArgumentNullException"/> that names the parameter. Checked by reflection
/// over the whole assembly, in the spirit of NodaTime's and AutoFixture's guard-clause tests, so that a public
/// member added later is checked too: a member whose other arguments have no sample value fails rather than
/// being skipped.
/// </summary>
public sealed class NullArgumentConventionTests
{
    private const BindingFlags DeclaredPublic = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>Cases left out on purpose, by display name, each with the reason.</summary>
    private static readonly Dictionary<string, string> Exclusions = new(StringComparer.Ordinal)
    {
        ["IServiceRecordValidator.Validate(record)"] =
            "An interface member has no body to guard; the library's implementation is checked as ServiceRecordValidator.Validate(record).",
        ["IServiceSchedules.During(period)"] =
            "An interface member has no body to guard; the library's implementation is checked as ServiceSchedules.During(period).",
        ["IServiceSchedules.ForProvider(period)"] =
            "An interface member has no body to guard; the library's implementation is checked as ServiceSchedules.ForProvider(period).",
    };

    /// <summary>The generic type definitions of the library, closed over a sample type argument so their members can be called.</summary>
    private static readonly Dictionary<Type, Type> ClosedGenerics = new()
    {
        [typeof(CodeCatalog<>)] = typeof(CodeCatalog<Language>),
        [typeof(ParseOutcome<>)] = typeof(ParseOutcome<Language>),
        [typeof(ServiceRecordRules<>)] = typeof(ServiceRecordRules<ServiceRecord>),
    };

    /// <summary>Valid values by type: the arguments not under test, and the instances whose methods are called.</summary>
    private static readonly Dictionary<Type, object> Samples = BuildSamples();

    /// <summary>Every (member, parameter) the convention applies to, exclusions included, by display name.</summary>
    private static readonly Dictionary<string, NullCase> AllCases = FindCases();

    private static readonly Dictionary<string, NullCase> Cases =
        AllCases.Where(static c => !Exclusions.ContainsKey(c.Key)).ToDictionary(StringComparer.Ordinal);

    public static TheoryData<string> CaseNames() => [.. Cases.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_null_argument_is_refused_at_call_time_with_its_name(string name)
    {
        var nullCase = Cases[name];
        var missing = nullCase.MissingSamples();
        Assert.True(missing.Count == 0, $"{name}: no sample value for {string.Join(", ", missing)}; add one to Samples or ClosedGenerics.");

        var thrown = nullCase.Invoke(out var returned);

        var deferred = returned is IEnumerable and not string || IsAsyncEnumerable(returned)
            ? " (it returned a sequence without enumerating it: is the check deferred to enumeration?)"
            : "";
        Assert.True(thrown is not null, $"{name} returned {returned ?? "null"} instead of throwing ArgumentNullException{deferred}.");
        Assert.True(
            thrown is ArgumentNullException,
            $"{name} threw {thrown.GetType().Name} instead of ArgumentNullException: {thrown.Message}");
        Assert.Equal(nullCase.Parameter.Name, ((ArgumentNullException)thrown).ParamName);
    }

    [Fact]
    public void Every_case_has_sample_values_for_its_other_arguments()
    {
        var uncovered = Cases
            .Select(static c => (c.Key, Missing: c.Value.MissingSamples()))
            .Where(static c => c.Missing.Count > 0)
            .Select(static c => $"{c.Key}: {string.Join(", ", c.Missing)}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(uncovered.Count == 0, "Members not exercised for lack of sample values:\n" + string.Join("\n", uncovered));
    }

    [Fact]
    public void The_cases_cover_the_public_api_and_every_exclusion_names_a_case()
    {
        // 92 cases when this test was written, 81 once the context replaced the parameter lists of the calendar,
        // the report and the missing-record check: a much smaller number means members are no longer found.
        Assert.True(Cases.Count >= 78, $"Only {Cases.Count} cases found.");
        Assert.All(Exclusions.Keys, static name => Assert.True(AllCases.ContainsKey(name), $"The exclusion '{name}' names no case."));
    }

    private static Dictionary<string, NullCase> FindCases()
    {
        var cases = new List<NullCase>();
        foreach (var exported in typeof(ServiceRecord).Assembly.GetExportedTypes())
        {
            if (exported.IsEnum)
            {
                continue;
            }

            // An open generic type whose closure is missing keeps its open members: their cases then fail, naming it.
            var type = exported.IsGenericTypeDefinition && ClosedGenerics.TryGetValue(exported, out var closed) ? closed : exported;
            var members = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Cast<MethodBase>()
                .Concat(type.GetMethods(DeclaredPublic).Where(IsChecked).Select(CloseGenericMethod));

            foreach (var member in members)
            {
                var parameters = member.GetParameters();
                for (var i = 0; i < parameters.Length; i++)
                {
                    if (IsNonNullableReference(parameters[i]))
                    {
                        cases.Add(new NullCase(type, member, i));
                    }
                }
            }
        }

        // Overloads that share a name and a parameter name are told apart by the parameters only some of them have
        // ("MissingRecords.Find(period) with today"), which keeps the name short enough for xunit to show whole.
        return cases
            .GroupBy(static c => c.ShortName, StringComparer.Ordinal)
            .SelectMany(static g => g.Count() == 1 ? g.Select(static c => (Name: c.ShortName, Case: c)) : Overloads(g))
            .ToDictionary(static c => c.Name, static c => c.Case, StringComparer.Ordinal);
    }

    private static IEnumerable<(string Name, NullCase Case)> Overloads(IGrouping<string, NullCase> overloads)
    {
        var shared = overloads.Select(static c => c.ParameterNames).Aggregate(static (a, b) => a.Intersect(b, StringComparer.Ordinal).ToArray());
        foreach (var overload in overloads)
        {
            var own = overload.ParameterNames.Except(shared, StringComparer.Ordinal).ToList();
            yield return (own.Count > 0 ? $"{overload.ShortName} with {string.Join(", ", own)}" : overload.LongName, overload);
        }
    }

    /// <summary>
    /// Leaves out property and event accessors (init accessors of records among them), compiler-generated record
    /// members (&lt;Clone&gt;$, PrintMembers), Equals, which legitimately accepts null, and Deconstruct, whose
    /// parameters are outputs. Operators stay: their parameters are filtered like any other.
    /// </summary>
    private static bool IsChecked(MethodInfo method) =>
        !(method.IsSpecialName && !method.Name.StartsWith("op_", StringComparison.Ordinal))
        && !method.Name.StartsWith('<')
        && !method.IsDefined(typeof(CompilerGeneratedAttribute))
        && method.Name is not (nameof(Equals) or "Deconstruct");

    /// <summary>A generic method is called closed over <see cref="ServiceRecord"/>, which every generic method of the library accepts.</summary>
    private static MethodInfo CloseGenericMethod(MethodInfo method) =>
        method.IsGenericMethodDefinition ? method.MakeGenericMethod(typeof(ServiceRecord)) : method;

    private static bool IsNonNullableReference(ParameterInfo parameter) =>
        parameter.ParameterType is { IsValueType: false, IsByRef: false, IsPointer: false }
        && !parameter.IsOut
        && new NullabilityInfoContext().Create(parameter).ReadState == NullabilityState.NotNull;

    private static bool IsAsyncEnumerable(object? value) =>
        value?.GetType().GetInterfaces().Any(static i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>)) == true;

    private static string NameOf(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(NameOf))}>";
    }

    private static Dictionary<Type, object> BuildSamples()
    {
        var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
        var now = LifecycleTestKit.Now;
        var clock = new FakeClock(now);
        var calendar = SchoolCalendars.NewYorkCity2025To2026;
        var record = LifecycleTestKit.Sample;
        var week = new DateInterval(record.Date, record.Date.PlusDays(4));
        var validator = new ServiceRecordValidator(new RecordingContext { Clock = clock, Calendar = calendar });
        var expected = new ExpectedRecord(record.ProviderId, record.StudentId, record.ServiceType, record.Date);
        var revision = ServiceRecordRevision.NewDraft(new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"), record);

        return new Dictionary<Type, object>
        {
            [typeof(string)] = "sample",
            [typeof(int)] = 1,
            [typeof(long)] = 0L,
            [typeof(Guid)] = revision.RecordId,
            [typeof(LocalDate)] = record.Date,
            [typeof(YearMonth)] = record.Date.ToYearMonth(),
            [typeof(Instant)] = now,
            [typeof(DateInterval)] = week,
            [typeof(DateTimeZone)] = zone,
            [typeof(IClock)] = clock,
            [typeof(ZonedClock)] = new ZonedClock(clock, zone, CalendarSystem.Iso),
            [typeof(ProviderId)] = record.ProviderId,
            [typeof(StudentId)] = record.StudentId,
            [typeof(ServiceType)] = record.ServiceType,
            [typeof(Language)] = Language.English,
            [typeof(ServiceRecord)] = record,
            [typeof(ExpectedRecord)] = expected,
            [typeof(Finding)] = MissingRecords.ToFinding(expected),
            [typeof(CertificationVerification)] = CertificationVerification.Of(record, zone, now),
            [typeof(ServiceTypePolicy)] = ServiceTypeCatalog.Standard[ServiceType.Paraprofessional],
            [typeof(Caseload)] = Caseload.Empty,
            [typeof(EncounterAttendanceScope)] = EncounterAttendanceScope.ForProvider(record.ProviderId),
            [typeof(ISchoolCalendar)] = calendar,
            [typeof(IServiceRecordValidator)] = validator,
            [typeof(RecordingContext)] = validator.Context,
            [typeof(BatchValidatorOptions)] = new BatchValidatorOptions { RecordValidator = validator },
            [typeof(Action<MissingRecordFinding>)] = (Action<MissingRecordFinding>)(static _ => { }),
            [typeof(ServiceRecordRevision)] = revision,

            // Instances whose methods are called.
            [typeof(BatchValidator)] = new BatchValidator(validator),
            [typeof(ServiceRecordReader)] = new ServiceRecordReader(),
            [typeof(ServiceRecordReaderOptions)] = new ServiceRecordReaderOptions(),
            [typeof(ServiceRecordText)] = ServiceRecordText.From(record),
            [typeof(ServiceRecordReading)] = ServiceRecordReading.Of(record, "1"),
            [typeof(Certification)] = Certification.Of(record, record.ProviderId, now),
            [typeof(CodeCatalog<Language>)] = Language.StandardCatalog,
            [typeof(GroupSessionEntry)] = new GroupSessionEntry
            {
                ProviderId = record.ProviderId,
                ServiceType = record.ServiceType,
                Date = record.Date,
                StartTime = record.StartTime,
                EndTime = record.EndTime,
                Language = record.Language,
            },
            [typeof(SchoolCalendar)] = calendar,
            [typeof(ServiceRecordValidator)] = validator,
            [typeof(ServiceRecordWorkflow)] = new ServiceRecordWorkflow(revision, validator),
            [typeof(ServiceSchedule)] = ServiceSchedule.EverySchoolDay(record.ProviderId, record.StudentId, record.ServiceType, week),
            [typeof(ServiceSchedules)] = ServiceSchedules.Create([ServiceSchedule.EverySchoolDay(record.ProviderId, record.StudentId, record.ServiceType, week)]),
            [typeof(ServiceTypeCatalog)] = ServiceTypeCatalog.Standard,
            [typeof(RuleMessages)] = RuleMessages.Default,
            [typeof(System.Globalization.CultureInfo)] = System.Globalization.CultureInfo.InvariantCulture,
            [typeof(System.Resources.ResourceManager)] = new System.Resources.ResourceManager(typeof(NullArgumentConventionTests)),
            [typeof(Func<ServiceRecord, ServiceRecord>)] = new Func<ServiceRecord, ServiceRecord>(static r => r),
            [typeof(IReadOnlyDictionary<string, string>)] = new Dictionary<string, string> { ["EndTime"] = "EndsAt" },
            [typeof(ServiceRecordRules<ServiceRecord>)] = validator.ToFluentValidator(ValidationStage.Save),
        };
    }

    /// <summary>One member called with null for one parameter.</summary>
    private sealed class NullCase(Type type, MethodBase member, int nullIndex)
    {
        public ParameterInfo Parameter { get; } = member.GetParameters()[nullIndex];

        private string MemberName => member is ConstructorInfo ? $"new {NameOf(type)}" : $"{NameOf(type)}.{member.Name}";

        /// <summary>Gets the name shown for the case, such as "BatchValidator.Validate(records)".</summary>
        public string ShortName => $"{MemberName}({Parameter.Name})";

        public string[] ParameterNames => [.. member.GetParameters().Select(static p => p.Name ?? "")];

        /// <summary>Gets the name with the parameter types, for overloads whose parameter names do not tell them apart.</summary>
        public string LongName =>
            $"{ShortName} of ({string.Join(", ", member.GetParameters().Select(static p => NameOf(p.ParameterType)))})";

        /// <summary>Lists what has no sample value: the closure of an open generic type, the instance, the other arguments.</summary>
        public List<string> MissingSamples()
        {
            var missing = new List<string>();
            if (type.ContainsGenericParameters)
            {
                missing.Add($"a closed type for {NameOf(type)} in ClosedGenerics");
                return missing;
            }

            if (member is MethodInfo { IsStatic: false } && !Samples.ContainsKey(type))
            {
                missing.Add($"an instance of {NameOf(type)}");
            }

            foreach (var parameter in member.GetParameters())
            {
                if (parameter.Position != nullIndex && !TryGetArgument(parameter, out _))
                {
                    missing.Add(NameOf(parameter.ParameterType));
                }
            }

            return missing;
        }

        /// <summary>Calls the member with null for the parameter under test.</summary>
        /// <param name="returned">What the member returned, when it did not throw.</param>
        /// <returns>The exception the member threw, or <see langword="null"/>.</returns>
        public Exception? Invoke(out object? returned)
        {
            var arguments = member.GetParameters()
                .Select(p => p.Position == nullIndex ? null : TryGetArgument(p, out var value) ? value : throw new InvalidOperationException($"No sample for {p.Name}."))
                .ToArray();
            try
            {
                returned = member switch
                {
                    ConstructorInfo constructor => constructor.Invoke(arguments),
                    _ when member.IsStatic => member.Invoke(null, arguments),
                    _ => member.Invoke(Samples[type], arguments),
                };
                return null;
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                returned = null;
                return e.InnerException;
            }
        }

        public override string ToString() => ShortName;

        private static bool TryGetArgument(ParameterInfo parameter, out object? value)
        {
            var parameterType = parameter.ParameterType;
            if (Nullable.GetUnderlyingType(parameterType) is not null || (!parameterType.IsValueType && !IsNonNullableReference(parameter)))
            {
                value = null; // Nullable: null is a valid value.
                return true;
            }

            if (parameter.HasDefaultValue)
            {
                value = parameter.DefaultValue;
                return true;
            }

            if (Samples.TryGetValue(parameterType, out value))
            {
                return true;
            }

            if (parameterType.IsEnum)
            {
                value = Enum.GetValues(parameterType).GetValue(0);
                return true;
            }

            var elementType = parameterType.IsArray ? parameterType.GetElementType()
                : parameterType.IsGenericType && parameterType.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? parameterType.GetGenericArguments()[0]
                : null;
            if (elementType is not null)
            {
                value = Array.CreateInstance(elementType, 0);
                return true;
            }

            value = null;
            return false;
        }
    }
}

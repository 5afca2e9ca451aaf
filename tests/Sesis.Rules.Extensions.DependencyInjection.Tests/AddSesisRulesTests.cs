using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using Sesis.Rules.Calendars;

namespace Sesis.Rules.Tests;

/// <summary>
/// <c>services.AddSesisRules(...)</c>: registration, resolving the validators, binding from configuration, host
/// lookups replacing the in-memory ones, and a wrong setting failing the app's start with its key named.
/// </summary>
public sealed class AddSesisRulesTests
{
    private static readonly ServiceRecord ParaSession = new()
    {
        StudentId = new StudentId("204381527"),
        ProviderId = new ProviderId("P0012345"),
        ServiceType = ServiceType.Paraprofessional,
        Date = new LocalDate(2025, 10, 6),
        StartTime = new LocalTime(8, 0),
        EndTime = new LocalTime(14, 20),
        Language = Language.English,
        Location = ServiceLocation.GeneralEducationClassroom,
        Description = ServiceDescription.Health,
        Progress = ProgressIndicator.Progressing,
    };

    private static IConfigurationSection Section(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(static s => new KeyValuePair<string, string?>("SesisRules:" + s.Key, s.Value)))
            .Build()
            .GetSection(SesisRulesOptions.SectionName);

    private static ServiceProvider Provider(IConfigurationSection section, Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection();
        services.AddSesisRules(section);
        more?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void The_validators_resolve_as_singletons_on_one_context_bound_from_configuration()
    {
        using var provider = Provider(Section(
            ("Calendar", "NewYorkCity2025To2026"),
            ("SchoolKind", "high"),
            ("TimeZone", "America/Chicago"),
            ("EntryWindowMonths", "2"),
            ("EntryWindowStart", "2025-09-01"),
            ("RequireOsisStudentIds", "false"),
            ("SeverityOverrides:SR702", "Warning"),
            ("SeverityOverrides:SR903", "warning")));

        var context = provider.GetRequiredService<RecordingContext>();
        Assert.Same(SchoolCalendars.NewYorkCity2025To2026, context.Calendar);
        Assert.Equal(SchoolKind.High, context.SchoolKind);
        Assert.Equal("America/Chicago", context.TimeZone.Id);
        Assert.Equal(2, context.EntryWindowMonths);
        Assert.Equal(new LocalDate(2025, 9, 1), context.EntryWindowStart);
        Assert.False(context.RequireOsisStudentIds);
        Assert.Equal(
            new Dictionary<string, FindingSeverity> { ["SR702"] = FindingSeverity.Warning, ["SR903"] = FindingSeverity.Warning },
            context.SeverityOverrides);
        Assert.Same(SystemClock.Instance, context.Clock);
        Assert.Same(ProviderDirectory.Empty, context.Providers);
        Assert.Same(Caseload.Empty, context.Caseload);
        Assert.Same(ServiceSchedules.Empty, context.Schedules);

        var validator = provider.GetRequiredService<ServiceRecordValidator>();
        Assert.Same(context, validator.Context);
        Assert.Same(validator, provider.GetRequiredService<IServiceRecordValidator>());
        Assert.Same(validator, provider.GetRequiredService<ServiceRecordValidator>());
        Assert.Same(provider.GetRequiredService<BatchValidator>(), provider.GetRequiredService<BatchValidator>());
    }

    [Fact]
    public void Without_settings_the_defaults_apply()
    {
        using var provider = Provider(Section());
        var context = provider.GetRequiredService<RecordingContext>();
        Assert.Null(context.Calendar);
        Assert.Equal(SchoolKind.Elementary, context.SchoolKind);
        Assert.Same(RecordingContext.NewYork, context.TimeZone);
        Assert.Equal(1, context.EntryWindowMonths);
        Assert.True(context.RequireOsisStudentIds);
        Assert.Empty(context.SeverityOverrides);
    }

    [Fact]
    public void Lookups_and_a_clock_the_host_registers_replace_the_in_memory_ones_and_are_read_per_validation()
    {
        var caseload = new HostCaseload();
        var clock = new FakeClock(Instant.FromUtc(2025, 10, 8, 22, 0));
        var providers = ProviderDirectory.Create([new Provider(ParaSession.ProviderId, ProviderRole.Paraprofessional)]);

        // Registered before and after AddSesisRules: the host's win either way.
        var services = new ServiceCollection();
        services.AddSingleton<ICaseload>(caseload);
        services.AddSesisRules(Section(("Calendar", "NewYorkCity2025To2026")));
        services.AddSingleton<IProviderDirectory>(providers);
        services.AddSingleton<IClock>(clock);
        using var provider = services.BuildServiceProvider();

        var validator = provider.GetRequiredService<IServiceRecordValidator>();
        Assert.Same(caseload, validator.Context.Caseload);
        Assert.Same(providers, validator.Context.Providers);
        Assert.Same(clock, validator.Context.Clock);
        Assert.Equal(["SR601", "SR803"], validator.Validate(ParaSession, ValidationStage.Save).Select(static f => f.Code));

        caseload.Add(new CaseloadAssignment(ParaSession.ProviderId, ParaSession.StudentId, ServiceType.Paraprofessional, new DateInterval(new LocalDate(2025, 9, 4), new LocalDate(2026, 6, 26))));
        Assert.Equal(["SR601"], validator.Validate(ParaSession, ValidationStage.Save).Select(static f => f.Code));
    }

    [Fact]
    public void Settings_given_in_code_are_checked_as_configuration_is()
    {
        var services = new ServiceCollection();
        services.AddSesisRules(o =>
        {
            o.Calendar = "NewYorkCity2025To2026";
            o.SchoolKind = "District75";
            o.SeverityOverrides["SR702"] = "Error";
        });
        using var provider = services.BuildServiceProvider();
        Assert.Equal(SchoolKind.District75, provider.GetRequiredService<RecordingContext>().SchoolKind);

        var wrong = new ServiceCollection();
        wrong.AddSesisRules(o => o.SchoolKind = "Kindergarten");
        using var wrongProvider = wrong.BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => wrongProvider.GetRequiredService<ServiceRecordValidator>());
        Assert.Equal(
            "SesisRulesOptions.SchoolKind is 'Kindergarten', which is not a kind of school; use one of Elementary, Middle, High, K12, District75.",
            error.Message);
    }

    [Theory]
    [InlineData("SchoolKind", "Middel", "SesisRules:SchoolKind is 'Middel', which is not a kind of school; use one of Elementary, Middle, High, K12, District75.")]
    [InlineData("Calendar", "Chicago2025To2026", "SesisRules:Calendar is 'Chicago2025To2026', which is not a built-in calendar; use one of NewYorkCity2025To2026, or give a file in SesisRules:CalendarFile.")]
    [InlineData("SeverityOverrides:SR999", "Warning", "SesisRules:SeverityOverrides:SR999 names 'SR999', which is not a rule code (SR101 to SR910, see RuleCatalog.All).")]
    [InlineData("SeverityOverrides:SR702", "Loud", "SesisRules:SeverityOverrides:SR702 is 'Loud'; use Error or Warning.")]
    [InlineData("TimeZone", "Eastern", "SesisRules:TimeZone is 'Eastern', which is not an IANA time zone such as 'America/New_York'.")]
    [InlineData("EntryWindowMonths", "-1", "SesisRules:EntryWindowMonths is -1; use 0 to 1200.")]
    [InlineData("EntryWindowStart", "2025-13-01", "SesisRules:EntryWindowStart is '2025-13-01', which is not a date (yyyy-MM-dd).")]
    public void A_wrong_setting_fails_the_start_validation_naming_its_key(string key, string value, string message)
    {
        using var provider = Provider(Section((key, value)));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Equal(message, error.Message);
        Assert.Equal(message, Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ServiceRecordValidator>()).Message);
    }

    [Fact]
    public async Task A_wrong_school_kind_fails_the_hosts_start_not_the_first_request()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection([new("SesisRules:SchoolKind", "Middel"), new("SesisRules:Calendar", "Nyc")]);
        builder.Services.AddSesisRules(builder.Configuration.GetSection("SesisRules"));
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Equal(
            [
                "SesisRules:Calendar is 'Nyc', which is not a built-in calendar; use one of NewYorkCity2025To2026, or give a file in SesisRules:CalendarFile.",
                "SesisRules:SchoolKind is 'Middel', which is not a kind of school; use one of Elementary, Middle, High, K12, District75.",
            ],
            error.Failures);
    }

    [Fact]
    public void A_calendar_file_is_read_in_either_format_and_a_bad_one_is_named()
    {
        var folder = Directory.CreateTempSubdirectory("sesis-di-");
        try
        {
            var plain = Path.Combine(folder.FullName, "district.txt");
            File.WriteAllText(plain, "calendar Example district\nschool-year 2025-09-04..2026-06-26 2025-26\nclosure 2025-11-27..2025-11-28 Thanksgiving recess\n");
            using (var provider = Provider(Section(("CalendarFile", plain))))
            {
                var calendar = provider.GetRequiredService<RecordingContext>().Calendar!;
                Assert.True(calendar.IsGrayDay(new LocalDate(2025, 11, 27), SchoolKind.Elementary));
                Assert.False(calendar.IsGrayDay(new LocalDate(2025, 11, 26), SchoolKind.Elementary));
            }

            var broken = Path.Combine(folder.FullName, "broken.txt");
            File.WriteAllText(broken, "calendar Example\nschool-year 2025-13-01..2026-06-26 x\n");
            using (var provider = Provider(Section(("CalendarFile", broken))))
            {
                var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
                Assert.StartsWith($"SesisRules:CalendarFile: '{broken}' is not a calendar: line 2:", error.Message, StringComparison.Ordinal);
            }

            var missing = Path.Combine(folder.FullName, "none.ics");
            using (var provider = Provider(Section(("CalendarFile", missing))))
            {
                var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
                Assert.StartsWith($"SesisRules:CalendarFile: '{missing}' cannot be read:", error.Message, StringComparison.Ordinal);
            }

            using (var provider = Provider(Section(("CalendarFile", plain), ("Calendar", "NewYorkCity2025To2026"))))
            {
                var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
                Assert.Equal("SesisRules:Calendar and SesisRules:CalendarFile are both set; give one.", error.Message);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Null_arguments_are_refused_with_their_names()
    {
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => SesisRulesServiceCollectionExtensions.AddSesisRules(null!, Section())).ParamName);
        Assert.Equal("configuration", Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddSesisRules((IConfiguration)null!)).ParamName);
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => SesisRulesServiceCollectionExtensions.AddSesisRules(null!)).ParamName);
    }

    [Fact]
    public void Null_options_and_a_null_configure_action_are_refused_with_their_names()
    {
        using var provider = new ServiceCollection().AddSesisRules().BuildServiceProvider();
        var validator = Assert.Single(provider.GetServices<IValidateOptions<SesisRulesOptions>>());

        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => validator.Validate(null, null!)).ParamName);
        Assert.Equal("configure", Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddSesisRules((Action<SesisRulesOptions>)null!)).ParamName);
    }

    [Fact]
    public void Keys_at_the_root_of_a_configuration_are_named_without_a_prefix()
    {
        var root = new ConfigurationBuilder().AddInMemoryCollection([new("TimeZone", "Eastern")]).Build();
        using var provider = new ServiceCollection().AddSesisRules(root).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Equal("TimeZone is 'Eastern', which is not an IANA time zone such as 'America/New_York'.", error.Message);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("1200", 1200)]
    public void The_entry_window_may_be_0_to_1200_months(string value, int months)
    {
        using var provider = Provider(Section(("EntryWindowMonths", value)));

        Assert.Equal(months, provider.GetRequiredService<RecordingContext>().EntryWindowMonths);
    }

    [Fact]
    public void A_severity_is_overridden_either_way()
    {
        // SR702 is a warning by default and SR201 an error: each override is the only way to get its severity.
        using var provider = Provider(Section(("SeverityOverrides:SR702", " error "), ("SeverityOverrides:SR201", "Warning")));

        var overrides = provider.GetRequiredService<RecordingContext>().SeverityOverrides;
        Assert.Equal(FindingSeverity.Error, overrides["SR702"]);
        Assert.Equal(FindingSeverity.Warning, overrides["SR201"]);
        Assert.Equal(2, overrides.Count);
    }

    [Fact]
    public void An_ics_calendar_file_is_read_as_icalendar_and_every_error_of_a_bad_file_is_named()
    {
        var folder = Directory.CreateTempSubdirectory("sesis-di-");
        try
        {
            var ics = Path.Combine(folder.FullName, "district.ICS");
            File.WriteAllText(ics, IcsFormat.Write(SchoolCalendars.NewYorkCity2025To2026, Instant.FromUtc(2025, 8, 1, 12, 0)));
            using (var provider = Provider(Section(("CalendarFile", ics))))
            {
                var calendar = provider.GetRequiredService<RecordingContext>().Calendar!;
                Assert.Equal(
                    SchoolCalendars.NewYorkCity2025To2026.IsGrayDay(new LocalDate(2025, 11, 27), SchoolKind.Elementary),
                    calendar.IsGrayDay(new LocalDate(2025, 11, 27), SchoolKind.Elementary));
                Assert.True(calendar.IsGrayDay(new LocalDate(2025, 11, 27), SchoolKind.Elementary));
            }

            var broken = Path.Combine(folder.FullName, "broken.txt");
            File.WriteAllText(broken, "calendar Example\nschool-year 2025-13-01..2026-06-26 x\nclosure soon\n");
            using (var provider = Provider(Section(("CalendarFile", broken))))
            {
                var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
                Assert.Matches($"^SesisRules:CalendarFile: '{System.Text.RegularExpressions.Regex.Escape(broken)}' is not a calendar: line 2: .*; line 3: ", error.Message);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A caseload the host keeps and changes while the app runs.</summary>
    private sealed class HostCaseload : ICaseload
    {
        private readonly System.Collections.Concurrent.ConcurrentBag<CaseloadAssignment> _assignments = [];

        public void Add(CaseloadAssignment assignment) => _assignments.Add(assignment);

        public bool TryFind(ProviderId providerId, StudentId studentId, ServiceType serviceType, LocalDate day, [NotNullWhen(true)] out CaseloadAssignment? assignment)
        {
            assignment = _assignments.FirstOrDefault(a => a.ProviderId == providerId && a.StudentId == studentId && a.ServiceType == serviceType && a.Covers(day));
            return assignment is not null;
        }
    }
}

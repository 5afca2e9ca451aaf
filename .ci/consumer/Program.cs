using System.IO.Compression;
using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using Sesis.Rules;
using Sesis.Rules.Calendars;

// A user's program built against the packed Sesis.Rules package. It checks its own output and the package's
// contents, and exits 1 on any difference.
var failures = new List<string>();
void Check(bool condition, string what)
{
    Console.WriteLine($"{(condition ? "ok  " : "FAIL")} {what}");
    if (!condition)
    {
        failures.Add(what);
    }
}

var record = new ServiceRecord
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

var certification = Certification.Of(record, record.ProviderId, Instant.FromUtc(2025, 10, 6, 19, 0));
Check(certification.Covers(record), "a certification covers the record it was made for");
Check(!certification.Covers(record with { EndTime = new LocalTime(14, 25) }), "an edited record is no longer covered");
Check(ServiceRecordDigest.Compute(record).ToString() == "04221aca756b365cacb6b4acd4d4e0aad2c9b507dbe9de7adcecf8ef9bb58758", "the digest is the documented one");
Check(SessionReasons.SessionTypeOf(SessionReason.HalfDay) == SessionType.Cancelled, "a half day is a cancellation (procedure step 9)");
Check(GroupSize.Parse("Group, 1").Value.ToString() == "Group, 1", "Group, 1 parses and prints");
Check(ServiceTypeCatalog.Standard[ServiceType.Paraprofessional].ProgressRequired, "paraprofessionals record progress (procedure step 13)");

// The rules, as a district's form would call them: built once, then asked per record.
var provider = new Provider(record.ProviderId, ProviderRole.Paraprofessional);
var validator = new ServiceRecordValidator(new RecordingContext
{
    Clock = new StoppedClock(Instant.FromUtc(2025, 10, 31, 21, 0)),
    Calendar = SchoolCalendars.NewYorkCity2025To2026,
    Providers = ProviderDirectory.Create([provider]),
    Caseload = Caseload.Create([new CaseloadAssignment(record.ProviderId, record.StudentId, ServiceType.Paraprofessional, new DateInterval(new LocalDate(2025, 9, 4), new LocalDate(2026, 6, 26)))]),
});
var certifiedRecord = record with { Certification = certification };
Check(validator.Validate(certifiedRecord, ValidationStage.Save).Count == 0, "a complete, certified record has no findings");
Check(validator.Validate(record, ValidationStage.Save).Select(f => f.Code).SequenceEqual(["SR601"]), "an uncertified record gets SR601 at the save stage");
Check(validator.Validate(record with { Date = new LocalDate(2025, 10, 13), SessionType = SessionType.StudentAbsent, Reason = SessionReason.StudentAbsentFromSchool, Location = null, Description = null, Progress = null }, ValidationStage.Draft)
    .Select(f => f.Code).SequenceEqual(["SR701"]), "an absence on a gray day (2025-10-13) gets SR701");

// FluentValidation: the rules as an IValidator, and an app's validator including them under its own names.
// Built and run once against the package's lowest FluentValidation and once against the newest (.ci/run).
Console.WriteLine($"FluentValidation {typeof(AbstractValidator<>).Assembly.GetName().Version}");
var fluent = validator.ToFluentValidator(ValidationStage.Save).Validate(record);
Check(fluent.Errors.Select(e => (e.ErrorCode, e.PropertyName, e.Severity)).SequenceEqual([("SR601", "Certification", Severity.Error)]), "an uncertified record fails SR601 through FluentValidation");
Check(fluent.Errors[0].CustomState is Finding { Code: "SR601" }, "the failure carries the finding");
Check(validator.ToFluentValidator(ValidationStage.Save).ValidateAsync(certifiedRecord).GetAwaiter().GetResult().IsValid, "a valid record passes asynchronous validation");
var visitRules = new VisitValidator(validator);
var visitResult = visitRules.Validate(new Visit("", record with { EndTime = new LocalTime(7, 0) }));
Check(visitResult.Errors.Select(e => (e.ErrorCode, e.PropertyName)).SequenceEqual([("SR201", "EndsAt"), ("SR601", "Certification")]), "an app's validator includes the rules under its own property names");
Check(new ServiceRecordRules<ServiceRecord>(validator, ValidationStage.Save, r => r, null, CascadeMode.Stop).Validate(record with { EndTime = new LocalTime(7, 0) }).Errors.Count == 1, "CascadeMode.Stop reports the first finding only");

// The companion package: a calendar from the plain-list format.
var loaded = PlainListFormat.Read("calendar Example\nschool-year 2025-09-04..2026-06-26 2025-26\nclosure 2025-11-27..2025-11-28 Thanksgiving recess\n");
Check(loaded.Success && loaded.Calendar!.IsGrayDay(new LocalDate(2025, 11, 27), SchoolKind.High), "a plain-list calendar loads and knows its closures");
Check(!PlainListFormat.Read("calendar Example\nschool-year 2025-13-01..2026-06-26 x\n").Success, "a bad plain-list calendar is refused, not thrown");

// The DI companion package, as an app's start-up calls it: settings bound from configuration, checked at start.
static IConfigurationSection Settings(params (string Key, string Value)[] pairs) => new ConfigurationBuilder()
    .AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>("SesisRules:" + p.Key, p.Value))).Build().GetSection("SesisRules");
using (var app = new ServiceCollection().AddSesisRules(Settings(("Calendar", "NewYorkCity2025To2026"), ("SchoolKind", "High"))).BuildServiceProvider())
{
    var context = app.GetRequiredService<RecordingContext>();
    Check(context.SchoolKind == SchoolKind.High && context.Calendar == SchoolCalendars.NewYorkCity2025To2026, "AddSesisRules binds the calendar and the kind of school");
    Check(ReferenceEquals(app.GetRequiredService<IServiceRecordValidator>().Context, context), "the registered validator reads the registered context");
}

using (var wrong = new ServiceCollection().AddSesisRules(Settings(("SchoolKind", "Middel"))).BuildServiceProvider())
{
    string? message = null;
    try
    {
        wrong.GetRequiredService<IStartupValidator>().Validate();
    }
    catch (OptionsValidationException e)
    {
        message = e.Message;
    }

    Check(message?.StartsWith("SesisRules:SchoolKind is 'Middel'", StringComparison.Ordinal) == true, "a wrong school kind fails the start naming its key");
}

// The package itself: both targets with XML docs, the README, and only the three dependencies.
if (args is [var nupkg])
{
    using var zip = ZipFile.OpenRead(nupkg);
    var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
    foreach (var tfm in new[] { "net8.0", "net10.0" })
    {
        Check(names.Contains($"lib/{tfm}/Sesis.Rules.dll"), $"the package holds lib/{tfm}/Sesis.Rules.dll");
        Check(names.Contains($"lib/{tfm}/Sesis.Rules.xml"), $"the package holds lib/{tfm}/Sesis.Rules.xml");
    }

    Check(names.Contains("README.md"), "the package holds its README");
    using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
    var xml = System.Xml.Linq.XDocument.Parse(nuspec.ReadToEnd());
    var dependencies = xml.Descendants().Where(e => e.Name.LocalName == "dependency")
        .Select(e => (string)e.Attribute("id")!).ToHashSet(StringComparer.Ordinal);
    Check(dependencies.SetEquals(["FluentValidation", "NodaTime", "Stateless"]), $"the package depends on FluentValidation, NodaTime and Stateless only ({string.Join(", ", dependencies)})");
    var fluentVersions = xml.Descendants().Where(e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == "FluentValidation")
        .Select(e => (string)e.Attribute("version")!).Distinct().ToArray();
    Check(fluentVersions is [var floor] && floor.StartsWith("11.", StringComparison.Ordinal), $"the package asks for FluentValidation 11.x or later, for apps on 11 and 12 ({string.Join(", ", fluentVersions)})");

    // The DI package: Microsoft.Extensions at 8.0.0 for net8.0, never a newer line than the app's framework needs.
    var diPackage = Directory.GetFiles(Path.GetDirectoryName(nupkg)!, "Sesis.Rules.Extensions.DependencyInjection.*.nupkg").Single(f => !f.EndsWith(".snupkg", StringComparison.Ordinal));
    using var diZip = ZipFile.OpenRead(diPackage);
    using var diNuspec = new StreamReader(diZip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
    var net8 = System.Xml.Linq.XDocument.Parse(diNuspec.ReadToEnd()).Descendants()
        .Single(e => e.Name.LocalName == "group" && (string?)e.Attribute("targetFramework") == "net8.0")
        .Elements().Where(e => e.Name.LocalName == "dependency")
        .ToDictionary(e => (string)e.Attribute("id")!, e => (string)e.Attribute("version")!);
    Check(net8.GetValueOrDefault("Microsoft.Extensions.Options") == "8.0.0" && net8.GetValueOrDefault("Microsoft.Extensions.DependencyInjection.Abstractions") == "8.0.0",
        $"the DI package depends on Microsoft.Extensions 8.0.0 for net8.0 ({string.Join(", ", net8.Select(d => d.Key + " " + d.Value))})");
}
else
{
    Check(false, "the path of the .nupkg was given");
}

Console.WriteLine(failures.Count == 0 ? "consumer: all checks passed" : $"consumer: {failures.Count} checks failed");
return failures.Count == 0 ? 0 : 1;

/// <summary>An app's own model.</summary>
internal sealed record Visit(string Room, ServiceRecord Session);

/// <summary>An app's own validator: the record rules under its own names, then a rule of its own (skipped once they fail).</summary>
internal sealed class VisitValidator : AbstractValidator<Visit>
{
    public VisitValidator(ServiceRecordValidator rules)
    {
        ClassLevelCascadeMode = CascadeMode.Stop;
        Include(rules.ToFluentValidator<Visit>(ValidationStage.Save, v => v.Session, new Dictionary<string, string> { ["EndTime"] = "EndsAt" }));
        RuleFor(v => v.Room).NotEmpty();
    }
}

/// <summary>A clock stopped at one instant, as a user's test would write it.</summary>
internal sealed class StoppedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}

using NodaTime;
using Sesis.Rules;

// The library in one page: build a validator, check a valid and an invalid record, certify one, and see an
// edit break the certification. A fixed clock keeps the output the same every day; a host passes SystemClock.Instance.
var now = Instant.FromUtc(2025, 10, 8, 22, 0); // 18:00 on Wednesday 2025-10-08 in New York
var clock = new FixedClock(now);
var para = new Provider(new ProviderId("P0012345"), ProviderRole.Paraprofessional);
var student = new StudentId("204381527");
var schoolYear = new DateInterval(new LocalDate(2025, 9, 4), new LocalDate(2026, 6, 26));

// One validator for the whole application (it is thread-safe), over the context every check reads.
var validator = new ServiceRecordValidator(new RecordingContext
{
    Clock = clock,
    Calendar = SchoolCalendars.NewYorkCity2025To2026,
    Providers = ProviderDirectory.Create([para]),
    Caseload = Caseload.Create([new CaseloadAssignment(para.Id, student, ServiceType.Paraprofessional, schoolYear)]),
});

// A paraprofessional's session on Monday 2025-10-06 (procedure steps 4-13).
var record = new ServiceRecord
{
    StudentId = student,
    ProviderId = para.Id,
    ServiceType = ServiceType.Paraprofessional,
    Date = new LocalDate(2025, 10, 6),
    StartTime = new LocalTime(8, 0),
    EndTime = new LocalTime(14, 20),
    Language = Language.English,
    Location = ServiceLocation.GeneralEducationClassroom,
    Description = ServiceDescription.Health,
    Progress = ProgressIndicator.Progressing,
};

Check("A valid draft", record, ValidationStage.Draft);
Check("An invalid draft (on a Saturday, ending before it starts)", record with { Date = new LocalDate(2025, 10, 4), EndTime = new LocalTime(7, 30) }, ValidationStage.Draft);

// Certifying (procedure step 15) goes through the workflow: it checks the draft, who certifies and when.
var workflow = new ServiceRecordWorkflow(ServiceRecordRevision.NewDraft(Guid.NewGuid(), record), validator);
var certify = workflow.Certify(para.Id, now);
Console.WriteLine(certify.Succeeded ? $"Certified: {workflow.Record.Certification}" : $"Not certified: {certify.RefusalReason}");
var certified = workflow.Record;
Check("The certified record, before saving", certified, ValidationStage.Save);

// The certification signs the content: an edit made outside the workflow shows.
var edited = certified with { EndTime = new LocalTime(14, 30) };
Console.WriteLine($"The certification covers the edited record: {certified.Certification!.Covers(edited)}");
Check("The edited record, before saving", edited, ValidationStage.Save);

void Check(string title, ServiceRecord checkedRecord, ValidationStage stage)
{
    var findings = validator.Validate(checkedRecord, stage);
    Console.WriteLine($"{title}: {findings.Count} finding(s)");
    foreach (var finding in findings)
    {
        Console.WriteLine($"  {finding}");
    }
}

/// <summary>A clock that always says the same instant.</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}

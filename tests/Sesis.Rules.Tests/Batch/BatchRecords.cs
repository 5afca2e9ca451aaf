using NodaTime;
using NodaTime.Text;

namespace Sesis.Rules.Tests;

/// <summary>Short-hand for the records of batch tests: one provider on one school day unless a test says otherwise.</summary>
public static class BatchRecords
{
    public static readonly ProviderId ProviderOne = new("P0000001");
    public static readonly ProviderId OtherProvider = new("P0000002");
    public static readonly LocalDate Day = new(2025, 10, 6);
    public const string Ana = "204381527";
    public const string Ben = "204381528";
    public const string Cy = "204381529";

    private static readonly LocalTimePattern Clock = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    public static ServiceRecord Record(
        string student, string start, string end,
        GroupSize groupSize = default,
        SessionType sessionType = SessionType.ServiceProvided,
        ProviderId? provider = null,
        ServiceType? serviceType = null,
        LocalDate? date = null) => new()
        {
            StudentId = new StudentId(student),
            ProviderId = provider ?? ProviderOne,
            ServiceType = serviceType ?? ServiceType.Paraprofessional,
            Date = date ?? Day,
            StartTime = Clock.Parse(start).Value,
            EndTime = Clock.Parse(end).Value,
            Language = Language.English,
            SessionType = sessionType,
            Reason = sessionType switch
            {
                SessionType.StudentAbsent => SessionReason.StudentAbsentFromSchool,
                SessionType.ProviderAbsent => SessionReason.ProviderSickLeave,
                SessionType.Cancelled => SessionReason.Assembly,
                _ => null,
            },
            GroupSize = groupSize,
            Location = sessionType == SessionType.ServiceProvided ? ServiceLocation.StandardCatalog.Keys.First() : null,
        };

    public static GroupSize Group(int n) => GroupSize.Group(n);

    public static BatchValidationResult Validate(params ServiceRecord[] records) =>
        new BatchValidator(NoFindingsValidator.Instance).Validate(records, ValidationStage.Save);

    /// <summary>The findings as "index:code" pairs, the shape most rule tests assert on.</summary>
    public static string[] Codes(this BatchValidationResult result) =>
        [.. result.Findings.Select(static f => $"{f.Index}:{f.Finding.Code}")];
}

using NodaTime;

namespace Sesis.Rules.Tests;

/// <summary>
/// A service record together with the context it is valid in: the provider, the caseload assignment that
/// puts the student on the provider's caseload, and the moment the check runs.
/// </summary>
public sealed record ServiceRecordScenario(
    ServiceRecord Record,
    Provider Provider,
    CaseloadAssignment Assignment,
    Instant Now,
    DateTimeZone Zone)
{
    public ProviderDirectory Providers => ProviderDirectory.Create([Provider]);

    public Caseload Caseload => Caseload.Create([Assignment]);

    public LocalDate Today => Now.InZone(Zone).Date;

    public override string ToString() =>
        $"{Record} | {Record.GroupSize} {Record.Language} {Record.Location} {Record.Description} {Record.Progress} reason={Record.Reason} " +
        $"notes={Record.Notes?.Length ?? -1} | now {Now.InZone(Zone).LocalDateTime}";
}

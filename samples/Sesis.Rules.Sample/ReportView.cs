using System.Globalization;
using System.Text.Json;
using NodaTime;
using Sesis.Rules.Sample.Input;

namespace Sesis.Rules.Sample;

/// <summary>The Encounter Attendance report (procedure step 17) for a student, a provider or the whole caseload.</summary>
internal static class ReportView
{
    public static EncounterAttendanceReport Create(Batch batch, EncounterAttendanceScope scope, DateInterval period, string file)
    {
        if (batch.Calendar is null)
        {
            throw new InputException(file, null, "calendar", "The report needs a school calendar: add a \"calendar\" field.");
        }

        return EncounterAttendanceReport.Create(batch.Context, scope, period, batch.Records.Select(r => r.Record));
    }

    public static void WriteText(EncounterAttendanceReport report, TextWriter output)
    {
        output.WriteLine($"Encounter Attendance: {report.Scope}, {Text.Date(report.Period.Start)} to {Text.Date(report.Period.End)}, as of {Text.Date(report.Today)}");
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Records                    {report.RecordCount}"));
        foreach (var (type, count) in report.RecordsBySessionType)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {type,-24} {count}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Minutes delivered          {report.MinutesDelivered}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Scheduled school days      {report.ScheduledSchoolDays}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Served                     {report.ServedSchoolDays} ({Share(report.ServedShare)})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Missing records            {report.MissingRecords.Count}"));
        foreach (var missing in report.MissingRecords)
        {
            output.WriteLine($"  {Text.Date(missing.Date)} {missing.StudentId} {missing.ServiceType} (provider {missing.ProviderId})");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Not certified              {report.NotCertified.Count}"));
        foreach (var record in report.NotCertified)
        {
            output.WriteLine($"  {record.Record}: {record.Verification}");
        }
    }

    public static void WriteJson(EncounterAttendanceReport report, TextWriter output)
    {
        var document = new
        {
            scope = report.Scope.ToString(),
            from = Text.Date(report.Period.Start),
            to = Text.Date(report.Period.End),
            today = Text.Date(report.Today),
            records = report.RecordCount,
            recordsBySessionType = report.RecordsBySessionType.ToDictionary(e => e.Key.ToString(), e => e.Value),
            minutesDelivered = report.MinutesDelivered,
            scheduledSchoolDays = report.ScheduledSchoolDays,
            servedSchoolDays = report.ServedSchoolDays,
            servedShare = report.ServedShare,
            missingRecords = report.MissingRecords.Select(m => new { date = Text.Date(m.Date), studentId = m.StudentId.Value, providerId = m.ProviderId.Value, serviceType = m.ServiceType.Code }),
            notCertified = report.NotCertified.Select(r => new { date = Text.Date(r.Record.Date), studentId = r.Record.StudentId.Value, providerId = r.Record.ProviderId.Value, why = r.Verification.ToString() }),
        };
        output.WriteLine(JsonSerializer.Serialize(document, Text.Json));
    }

    private static string Share(double? share) =>
        share is { } s ? (s * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "nothing scheduled";
}

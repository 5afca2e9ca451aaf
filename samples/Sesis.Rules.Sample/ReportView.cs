using System.Globalization;
using System.Text.Json;
using NodaTime;
using Sesis.Rules.Sample.Input;

namespace Sesis.Rules.Sample;

/// <summary>The Encounter Attendance report (procedure step 17) for a student, a provider or the whole caseload.</summary>
internal static class ReportView
{
    public static AttendanceView Create(Batch batch, EncounterAttendanceScope scope, DateInterval period, string file)
    {
        if (batch.Calendar is null)
        {
            throw new InputException(file, null, "calendar", "The report needs a school calendar: add a \"calendar\" field.");
        }

        var records = batch.Records.Select(r => r.Record).ToList();
        var report = EncounterAttendanceReport.Create(batch.Context, scope, period, records);

        // A row per student and service type: the same report, on that student's records and schedules of that
        // service only, so each row counts exactly as the totals do.
        static (StudentId, string) Key(StudentId student, ServiceType type) => (student, type.Code);
        var recordsOf = records.ToLookup(r => Key(r.StudentId, r.ServiceType));
        var schedulesOf = batch.Schedules.ToLookup(s => Key(s.StudentId, s.ServiceType));
        var rows = report.Records.Select(r => (r.StudentId, r.ServiceType))
            .Concat(report.MissingRecords.Select(m => (m.StudentId, m.ServiceType)))
            .Distinct()
            .OrderBy(k => k.StudentId).ThenBy(k => k.ServiceType.Code, StringComparer.Ordinal)
            .Select(k => new AttendanceRow(k.StudentId, k.ServiceType, EncounterAttendanceReport.Create(
                batch.ContextFor(schedulesOf[Key(k.StudentId, k.ServiceType)]), scope, period, recordsOf[Key(k.StudentId, k.ServiceType)])))
            .ToList();
        return new AttendanceView(report, rows);
    }

    public static void WriteText(AttendanceView view, TextWriter output)
    {
        var report = view.Totals;
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

        if (view.Rows.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("By student and service type:");
        var serviceWidth = Math.Max("Service type".Length, view.Rows.Max(r => r.ServiceType.Code.Length));
        var studentWidth = Math.Max("Student".Length, view.Rows.Max(r => r.StudentId.Value.Length));
        output.WriteLine($"  {"Student".PadRight(studentWidth)}  {"Service type".PadRight(serviceWidth)}  Scheduled  Served  Student absent  Provider absent  Cancelled  Missing  Uncertified  Minutes");
        foreach (var row in view.Rows)
        {
            var r = row.Report;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {row.StudentId.Value.PadRight(studentWidth)}  {row.ServiceType.Code.PadRight(serviceWidth)}  {r.ScheduledSchoolDays,9}  {r.ServedSchoolDays,6}  {Count(r, SessionType.StudentAbsent),14}  {Count(r, SessionType.ProviderAbsent),15}  {Count(r, SessionType.Cancelled),9}  {r.MissingRecords.Count,7}  {r.NotCertified.Count,11}  {r.MinutesDelivered,7}"));
        }
    }

    public static void WriteJson(AttendanceView view, TextWriter output)
    {
        var report = view.Totals;
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
            rows = view.Rows.Select(row => new
            {
                studentId = row.StudentId.Value,
                serviceType = row.ServiceType.Code,
                scheduledSchoolDays = row.Report.ScheduledSchoolDays,
                servedSchoolDays = row.Report.ServedSchoolDays,
                studentAbsent = Count(row.Report, SessionType.StudentAbsent),
                providerAbsent = Count(row.Report, SessionType.ProviderAbsent),
                cancelled = Count(row.Report, SessionType.Cancelled),
                missingRecords = row.Report.MissingRecords.Count,
                notCertified = row.Report.NotCertified.Count,
                minutesDelivered = row.Report.MinutesDelivered,
            }),
        };
        output.WriteLine(JsonSerializer.Serialize(document, Text.Json));
    }

    private static int Count(EncounterAttendanceReport report, SessionType type) => report.RecordsBySessionType.GetValueOrDefault(type);

    private static string Share(double? share) =>
        share is { } s ? (s * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "nothing scheduled";
}

/// <summary>The report's totals and a row per student and service type.</summary>
internal sealed record AttendanceView(EncounterAttendanceReport Totals, IReadOnlyList<AttendanceRow> Rows);

/// <summary>One student's attendance for one service type: the report on those records and schedules only.</summary>
internal sealed record AttendanceRow(StudentId StudentId, ServiceType ServiceType, EncounterAttendanceReport Report);

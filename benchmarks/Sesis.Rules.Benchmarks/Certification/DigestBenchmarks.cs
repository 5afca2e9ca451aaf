using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace Sesis.Rules.Benchmarks;

/// <summary>
/// The cost of the content digest that certification rests on, against the obvious hand-written approach:
/// join the fields into one string and hash its UTF-8 bytes.
/// </summary>
[MemoryDiagnoser]
public class DigestBenchmarks
{
    private readonly ServiceRecord _record = new()
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
        Notes = "Ambulatory: walked with the student between classes and to the bus.",
    };

    [Benchmark(Baseline = true)]
    public byte[] JoinedStringSha256()
    {
        var r = _record;
        var text = string.Join(
            '|',
            r.StudentId.Value, r.ProviderId.Value, r.ServiceType.Code,
            r.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            r.StartTime.ToString("HH:mm:ss.fffffffff", CultureInfo.InvariantCulture),
            r.EndTime.ToString("HH:mm:ss.fffffffff", CultureInfo.InvariantCulture),
            r.Language.Code, ((int)r.SessionType).ToString(CultureInfo.InvariantCulture),
            r.Reason?.ToString() ?? string.Empty, r.GroupSize.ToString(),
            r.Location?.Code ?? string.Empty, r.Description?.Code ?? string.Empty, r.Progress?.Code ?? string.Empty,
            r.Notes ?? string.Empty, r.NotesConfidential ? "1" : "0");
        return SHA256.HashData(Encoding.UTF8.GetBytes(text));
    }

    [Benchmark]
    public ContentDigest ServiceRecordDigestCompute() => ServiceRecordDigest.Compute(_record);
}

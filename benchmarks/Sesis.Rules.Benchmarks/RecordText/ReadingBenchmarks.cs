using BenchmarkDotNet.Attributes;

namespace Sesis.Rules.Benchmarks;

/// <summary>
/// What reading a record from text adds to validating it: a valid, certified paraprofessional record read from its
/// text form (<see cref="ServiceRecordReader"/>, digest given) and then validated at the save stage, against
/// validating the typed record. Target (issue 14): reading costs little next to validating, so a host that
/// holds records as text pays a small multiple of the typed validation.
/// </summary>
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    private ServiceRecord _record = null!;
    private ServiceRecordText _text = null!;
    private ServiceRecordText _undigested = null!;
    private ServiceRecordReader _reader = null!;
    private ServiceRecordValidator _validator = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (record, provider, assignment) = RecordFactory.ParaprofessionalRecord();

        // The typed record's certification from its parts, as a stored record's is: made by Certification.Of it
        // would remember the content it digested, and SR605 would not digest again, which text read with a digest
        // (ReadAndValidate) always does.
        var certification = record.Certification!;
        record = record with { Certification = new Certification(certification.CertifiedBy, certification.CertifiedAt, certification.Digest) };
        _record = record;
        _text = ServiceRecordText.From(record);
        _undigested = _text with { Digest = null };
        _reader = new ServiceRecordReader();
        _validator = new ServiceRecordValidator(Contexts.Options(ProviderDirectory.Create([provider]), Caseload.Create([assignment])));
        var reading = _reader.Read(_text);
        if (reading.Record != record || _reader.Read(_undigested).Record != record || _validator.Validate(record, ValidationStage.Save).Count != 0 || _validator.Validate(reading, ValidationStage.Save).Count != 0)
        {
            throw new InvalidOperationException("The text does not read back to the valid record.");
        }
    }

    /// <summary>The typed record, validated (the quick check answers a valid record).</summary>
    [Benchmark(Baseline = true)]
    public int ValidateTyped() => _validator.Validate(_record, ValidationStage.Save).Count;

    /// <summary>The text read into a record, then validated.</summary>
    [Benchmark]
    public int ReadAndValidate() => _validator.Validate(_reader.Read(_text), ValidationStage.Save).Count;

    /// <summary>
    /// The text without a digest (as a CSV export without a digest column), read and validated: the reader certifies
    /// the content as read and SR605 then checks that certification, which should not need a second digest.
    /// </summary>
    [Benchmark]
    public int ReadUndigestedAndValidate() => _validator.Validate(_reader.Read(_undigested), ValidationStage.Save).Count;

    /// <summary>Reading alone, for the share of each part.</summary>
    [Benchmark]
    public int ReadOnly() => _reader.Read(_text).Findings.Count;
}

using System.Diagnostics;
using System.Globalization;
using NodaTime;
using Sesis.Rules;
using Sesis.Rules.Sample.Input;

// The library's own batch validation of the records of a batch file, timed after the records are read and held
// (reading is not timed): Validate on 1 thread and on N, the same validator the sample host builds (record rules,
// SR901-SR904, SR910). One round (1 thread, then N) warms up the JIT and is not printed; then ROUNDS rounds
// (default 5) alternate the two, so that a slow minute of a shared machine falls on both. Prints one line per
// measured run: "library <threads> <records> <seconds> <records/s> <findings>".
// Usage: Sesis.Rules.DistrictMeasure BATCH.json [THREADS] [ROUNDS]
var batch = BatchFile.Read(args[0]);
var threads = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : Environment.ProcessorCount;
var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
var records = batch.Records.Select(r => r.Record).ToArray();
var first = records.Min(r => r.Date).With(DateAdjusters.StartOfMonth);
var check = batch.Calendar is not null && batch.Schedules.Count > 0
    ? new MissingRecordCheck { Period = new DateInterval(first, batch.Today) }
    : null;

BatchValidationResult? sequential = null;
for (var run = 0; run < 2 * (rounds + 1); run++)
{
    var degree = run % 2 == 0 ? 1 : threads;
    var validator = new BatchValidator(new BatchValidatorOptions
    {
        RecordValidator = new ServiceRecordValidator(batch.Context),
        MissingRecordCheck = check,
        MaxDegreeOfParallelism = degree,
    });
    GC.Collect();
    var clock = Stopwatch.StartNew();
    var result = validator.Validate(records, ValidationStage.Save);
    var seconds = clock.Elapsed.TotalSeconds;
    sequential ??= result;
    if (!result.Findings.SequenceEqual(sequential.Findings) || !result.MissingRecords.SequenceEqual(sequential.MissingRecords))
    {
        Console.Error.WriteLine($"library: {degree} threads found something else than 1 thread");
        return 1;
    }

    if (run < 2)
    {
        continue; // the warm-up round
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"library {degree} {records.Length} {seconds:F3} {records.Length / seconds:F0} {result.Findings.Count + result.MissingRecords.Count}"));
}

return 0;

using Sesis.Rules;
using Sesis.Rules.Sample;

// Reads a batch file of service records and prints each one with the digest a certification would cover
// (seed step 15). Exit codes: 0 read, 2 the input could not be read (the message names the file and field).
if (args is not ["validate", var path])
{
    Console.Error.WriteLine("usage: sesis-sample validate FILE.json");
    return 2;
}

List<ServiceRecord> records;
try
{
    records = RecordFile.Read(path);
}
catch (InputException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

foreach (var record in records)
{
    Console.WriteLine($"{record}  sha256 {ServiceRecordDigest.Compute(record)}");
}

Console.WriteLine($"{records.Count} records read.");
return 0;

using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CsvHelper;

namespace Sesis.Rules.Sample.Tests;

/// <summary>
/// A small district made from the bundled month: the month copied under distinct pairs of provider ids, as the
/// measurement input is, written as a batch JSON (context) and a CSV file of records, sorted by provider and date
/// or shuffled.
/// </summary>
internal static class District
{
    /// <summary>Writes batch.json and records.csv into the folder and returns the batch's path.</summary>
    public static string Write(TempFolder folder, int copies, bool sorted)
    {
        var context = JsonNode.Parse(File.ReadAllText(HostRun.SampleData("october-2025-csv.json")))!.AsObject();
        List<string[]> rows;
        string[] header;
        using (var reader = new CsvReader(new StreamReader(HostRun.SampleData("october-2025.csv")), CultureInfo.InvariantCulture))
        {
            reader.Read();
            reader.ReadHeader();
            header = reader.HeaderRecord!;
            rows = [];
            while (reader.Read())
            {
                rows.Add(reader.Parser.Record!);
            }
        }

        var provider = Array.IndexOf(header, "providerId");
        var certifiedBy = Array.IndexOf(header, "certifiedBy");
        var date = Array.IndexOf(header, "date");
        var start = Array.IndexOf(header, "startTime");
        var all = new List<string[]>();
        var providers = new JsonArray();
        var caseload = new JsonArray();
        var schedules = new JsonArray();
        for (var k = 0; k < copies; k++)
        {
            string Rename(string id) => id[..1] + k.ToString("D5", CultureInfo.InvariantCulture) + id[1..];
            foreach (var p in context["providers"]!.AsArray())
            {
                var copy = p!.DeepClone().AsObject();
                copy["id"] = Rename((string)copy["id"]!);
                providers.Add(copy);
            }

            foreach (var (list, source) in new[] { (caseload, "caseload"), (schedules, "schedules") })
            {
                foreach (var item in context[source]!.AsArray())
                {
                    var copy = item!.DeepClone().AsObject();
                    copy["providerId"] = Rename((string)copy["providerId"]!);
                    list.Add(copy);
                }
            }

            foreach (var row in rows)
            {
                var copy = (string[])row.Clone();
                copy[provider] = Rename(copy[provider]);
                copy[certifiedBy] = copy[certifiedBy].Length > 0 ? Rename(copy[certifiedBy]) : copy[certifiedBy];
                all.Add(copy);
            }
        }

        all = sorted
            ? [.. all.OrderBy(r => r[provider], StringComparer.Ordinal).ThenBy(r => r[date], StringComparer.Ordinal).ThenBy(r => r[start], StringComparer.Ordinal)]
            : [.. all.OrderBy(r => r[start], StringComparer.Ordinal).ThenByDescending(r => r[provider], StringComparer.Ordinal)];

        var csv = new StringBuilder();
        using (var writer = new CsvWriter(new StringWriter(csv), CultureInfo.InvariantCulture))
        {
            foreach (var cell in header)
            {
                writer.WriteField(cell);
            }

            writer.NextRecord();
            foreach (var row in all)
            {
                foreach (var cell in row)
                {
                    writer.WriteField(cell);
                }

                writer.NextRecord();
            }
        }

        folder.Write("records.csv", csv.ToString());
        context["providers"] = providers;
        context["caseload"] = caseload;
        context["schedules"] = schedules;
        context["recordsCsv"] = "records.csv";
        return folder.Write("batch.json", context.ToJsonString());
    }

    /// <summary>Reads a findings CSV (as <c>--format csv</c> writes it) into rows of cells, the header first.</summary>
    public static List<string[]> ReadCsv(string text)
    {
        using var reader = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(reader.Parser.Record!);
        }

        return rows;
    }
}

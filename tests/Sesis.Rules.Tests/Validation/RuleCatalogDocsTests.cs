using System.Text.RegularExpressions;

namespace Sesis.Rules.Tests;

public sealed partial class RuleCatalogDocsTests
{
    private static readonly string RulesPage = File.ReadAllText(Path.Combine(Repository.Root, "docs", "rules.md"));

    [Fact]
    public void The_docs_catalog_the_code_catalog_and_the_emittable_codes_are_the_same_set()
    {
        var documented = DocumentedRules().Select(static r => r.Code).ToArray();
        var catalogued = RuleCatalog.All.Select(static r => r.Code).ToArray();
        var singleRecord = RuleDefinitions.SingleRecord.Select(static d => d.Code).ToArray();
        string[] acrossRecords = [.. CrossRecordFindings.Codes, MissingRecords.Code];
        var unreadable = RuleCatalog.UnreadableValues.Select(static r => r.Code).ToArray();
        string[] emittable = [.. unreadable, .. singleRecord, .. acrossRecords];

        Assert.Equal(documented.Length, documented.Distinct().Count());
        Assert.Equal(catalogued.Length, catalogued.Distinct().Count());
        Assert.Equal(emittable.Length, emittable.Distinct().Count()); // no code used by two rules anywhere in the library
        Assert.Equal(catalogued.Order(), documented.Order());
        Assert.Equal(catalogued.Order(), emittable.Order());
        Assert.Equal(RuleCatalog.SingleRecord.Select(static r => r.Code).Order(), singleRecord.Order());
        Assert.Equal(RuleCatalog.AcrossRecords.Select(static r => r.Code).Order(), acrossRecords.Order());
    }

    [Fact]
    public void Each_documented_rule_says_what_the_code_catalog_says()
    {
        var documented = DocumentedRules().ToDictionary(static r => r.Code);
        Assert.All(RuleCatalog.All, rule => Assert.Equal(rule, documented[rule.Code]));
    }

    [Fact]
    public void All_is_the_unreadable_values_the_single_record_rules_then_the_rules_across_records_and_TryGet_finds_each()
    {
        Assert.Equal([.. RuleCatalog.UnreadableValues, .. RuleCatalog.SingleRecord, .. RuleCatalog.AcrossRecords], RuleCatalog.All);
        Assert.Equal(["SR901", "SR902", "SR903", "SR904", "SR910"], RuleCatalog.AcrossRecords.Select(static r => r.Code));
        Assert.All(RuleCatalog.All, static rule => Assert.Same(rule, RuleCatalog.TryGet(rule.Code, out var found) ? found : null));
        Assert.False(RuleCatalog.TryGet("SR905", out _)); // SR905-SR909 are unassigned
        Assert.False(RuleCatalog.TryGet(null, out _));
    }

    [Fact]
    public void The_batch_findings_take_their_code_severity_and_field_from_the_catalog()
    {
        var duplicate = BatchRecords.Validate(BatchRecords.Record(BatchRecords.Ana, "08:00", "09:00"), BatchRecords.Record(BatchRecords.Ana, "08:30", "09:30"));
        var overlap = BatchRecords.Validate(BatchRecords.Record(BatchRecords.Ana, "08:00", "09:00"), BatchRecords.Record(BatchRecords.Ben, "08:30", "09:30"));
        var groupSize = BatchRecords.Validate(BatchRecords.Record(BatchRecords.Ana, "10:00", "10:40", BatchRecords.Group(2)));
        var individual = BatchRecords.Validate(BatchRecords.Record(BatchRecords.Ana, "10:00", "10:40"), BatchRecords.Record(BatchRecords.Ben, "10:00", "10:40", BatchRecords.Group(2)));
        var findings = new[] { duplicate, overlap, groupSize, individual }.SelectMany(static r => r.Findings).Select(static f => f.Finding)
            .Append(MissingRecords.ToFinding(new ExpectedRecord(BatchRecords.ProviderOne, new StudentId(BatchRecords.Ana), ServiceType.Paraprofessional, BatchRecords.Day)));

        Assert.Equal(["SR901", "SR902", "SR903", "SR904", "SR910"], findings.Select(static f => f.Code).Distinct().Order());
        Assert.All(findings, static f =>
        {
            var rule = RuleCatalog.AcrossRecords.Single(r => r.Code == f.Code);
            Assert.Equal((rule.DefaultSeverity, rule.Field), (f.Severity, f.Field));
        });
    }

    [Fact]
    public void A_rule_describes_itself_on_one_line()
    {
        Assert.True(RuleCatalog.TryGet("SR201", out var rule));

        Assert.Equal("SR201 Error EndTime: The end time is after the start time.", rule.ToString());
    }

    [Fact]
    public void Single_record_codes_are_in_their_families_and_dense_within_each()
    {
        var codes = RuleCatalog.SingleRecord.Select(static r => r.Code).ToArray();
        Assert.All(codes, static code => Assert.Matches("^SR[1-8][0-9]{2}$", code));
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes); // the catalog is in code order

        foreach (var family in codes.GroupBy(static c => c[2]))
        {
            var numbers = family.Select(static c => int.Parse(c[3..], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(Enumerable.Range(1, numbers.Length), numbers);
        }
    }

    [Fact]
    public void Every_code_is_written_once_in_the_rules_table()
    {
        var rows = TableRow().Matches(RulesPage).Select(static m => m.Groups["code"].Value).ToArray();
        Assert.Equal(rows.Length, rows.Distinct().Count());
        Assert.Equal(RuleCatalog.All.Count, rows.Length);
    }

    private static IEnumerable<RuleDescriptor> DocumentedRules() =>
        TableRow().Matches(RulesPage).Select(static m => new RuleDescriptor(
            m.Groups["code"].Value,
            Enum.Parse<FindingSeverity>(m.Groups["severity"].Value),
            m.Groups["field"].Value,
            m.Groups["what"].Value.Trim(),
            m.Groups["source"].Value.Trim()));

    // | SR101 | Error | StudentId | What it checks | Comes from |
    [GeneratedRegex(@"^\| (?<code>SR\d\d\d) \| (?<severity>Error|Warning) \| (?<field>\w+) \| (?<what>[^|]+) \| (?<source>[^|]+) \|\s*$", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}

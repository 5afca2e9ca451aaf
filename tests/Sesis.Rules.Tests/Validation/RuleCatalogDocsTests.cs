using System.Text.RegularExpressions;

namespace Sesis.Rules.Tests;

public sealed partial class RuleCatalogDocsTests
{
    private static readonly string RulesPage = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules.md"));

    [Fact]
    public void The_docs_catalog_the_code_catalog_and_the_emittable_codes_are_the_same_set()
    {
        var documented = DocumentedRules().Select(static r => r.Code).ToArray();
        var catalogued = RuleCatalog.SingleRecord.Select(static r => r.Code).ToArray();
        var emittable = new ServiceRecordValidator(new ValidationOptions()).EmittableCodes;

        Assert.Equal(documented.Length, documented.Distinct().Count());
        Assert.Equal(catalogued.Length, catalogued.Distinct().Count());
        Assert.Equal(emittable.Count, emittable.Distinct().Count()); // no code used by two rules
        Assert.Equal(catalogued.Order(), documented.Order());
        Assert.Equal(catalogued.Order(), emittable.Order());
    }

    [Fact]
    public void Each_documented_rule_says_what_the_code_catalog_says()
    {
        var documented = DocumentedRules().ToDictionary(static r => r.Code);
        Assert.All(RuleCatalog.SingleRecord, rule => Assert.Equal(rule, documented[rule.Code]));
    }

    [Fact]
    public void Codes_are_in_their_families_and_dense_within_each()
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
        Assert.Equal(RuleCatalog.SingleRecord.Count, rows.Length);
    }

    private static IEnumerable<RuleDescriptor> DocumentedRules() =>
        TableRow().Matches(RulesPage).Select(static m => new RuleDescriptor(
            m.Groups["code"].Value,
            Enum.Parse<Severity>(m.Groups["severity"].Value),
            m.Groups["field"].Value,
            m.Groups["what"].Value.Trim(),
            m.Groups["source"].Value.Trim()));

    // | SR101 | Error | StudentId | What it checks | Comes from |
    [GeneratedRegex(@"^\| (?<code>SR[1-8]\d\d) \| (?<severity>Error|Warning) \| (?<field>\w+) \| (?<what>[^|]+) \| (?<source>[^|]+) \|\s*$", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sesis.Rules.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Sesis.Rules.sln not found above " + AppContext.BaseDirectory);
    }
}

namespace Sesis.Rules.Calendars.Tests.PublishedFeeds;

public sealed class FeedRuleTests
{
    public static TheoryData<string, FeedMeaning?> DefaultClassifications() => new()
    {
        { "Veterans Day, schools closed", FeedMeaning.Closure },
        { "Election Day, students do not attend school", FeedMeaning.Closure },
        { "Winter Recess", FeedMeaning.Closure },
        { "No School - Teacher Workday", FeedMeaning.Closure },
        { "SCHOOLS CLOSED", FeedMeaning.Closure },
        { "Thanksgiving Break", FeedMeaning.Closure },
        { "Mid-Winter Break", FeedMeaning.Closure },
        { "First Day of School", FeedMeaning.FirstDay },
        { "Last day for students", FeedMeaning.LastDay },
        { "Early Dismissal", FeedMeaning.EarlyDismissal },
        { "Students dismissed early", FeedMeaning.EarlyDismissal },
        { "Half-day for students", FeedMeaning.EarlyDismissal },
        { "Snow day, remote learning", FeedMeaning.RemoteLearning },
        { "Lunar New Year, schools open", FeedMeaning.NotAnEntry },
        { "Regents Administration", null },
        { "Spring Semester begins", null },
        { "Picture Day", null },
        { "Breakfast with the principal", null },
        { "Recessional practice", null },
    };

    [Theory]
    [MemberData(nameof(DefaultClassifications))]
    public void The_default_rules_recognise_the_phrasings_districts_use(string title, FeedMeaning? meaning) =>
        Assert.Equal(meaning, FeedRules.Default.FirstOrDefault(r => r.Matches(title, ""))?.Meaning);

    [Fact]
    public void The_default_rules_are_the_table_of_docs_calendar_md()
    {
        // One row per rule: | order | meaning | `pattern` | such as |, with '|' inside a pattern written '\|'.
        var docs = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "docs", "calendar.md"));
        var start = Array.FindIndex(docs, static l => l.StartsWith("| Order | Meaning | Title pattern |", StringComparison.Ordinal));
        Assert.True(start >= 0, "docs/calendar.md has no table of the default rules.");
        var rows = docs.Skip(start + 2).TakeWhile(static l => l.StartsWith('|'))
            .Select(static l => l.Replace("\\|", "\u0001", StringComparison.Ordinal).Split('|', StringSplitOptions.TrimEntries))
            .Select(static c => (c[2], c[3].Trim('`').Replace("\u0001", "|", StringComparison.Ordinal)))
            .ToList();

        Assert.Equal(FeedRules.Default.Select(static r => (r.Meaning.ToString(), r.TitlePattern!)), rows);
        Assert.All(FeedRules.Default, static r => Assert.True(r.DescriptionPattern is null && r.SchoolKinds.IsEmpty));
    }

    [Fact]
    public void A_rule_may_look_at_titles_descriptions_or_both()
    {
        var both = new FeedRule(FeedMeaning.Closure, "water main", "buildings closed");
        Assert.True(both.Matches("Water Main repair", ""));
        Assert.True(both.Matches("Picture Day", "All BUILDINGS CLOSED today"));
        Assert.False(both.Matches("Picture Day", "Smile"));
        Assert.False(new FeedRule(FeedMeaning.Closure, null, "closed").Matches("Schools closed", ""));
    }

    public static TheoryData<string, Func<FeedRule>, string, string> Refused() => new()
    {
        { "no pattern", () => new FeedRule(FeedMeaning.Closure, null), "titlePattern", "needs a title pattern, a description pattern, or both" },
        { "blank pattern", () => new FeedRule(FeedMeaning.Closure, " "), "titlePattern", "cannot be blank" },
        { "bad regex", () => new FeedRule(FeedMeaning.Closure, "(unclosed"), "titlePattern", "is not a regular expression this rule can run" },
        { "lookahead", () => new FeedRule(FeedMeaning.Closure, null, "closed(?! for staff)"), "descriptionPattern", "is not a regular expression this rule can run" },
        { "kinds on a first day", () => new FeedRule(FeedMeaning.FirstDay, "first", schoolKinds: [SchoolKind.High]), "schoolKinds", "is for every kind of school" },
        { "undefined kind", () => new FeedRule(FeedMeaning.Closure, "x", schoolKinds: [(SchoolKind)9]), "schoolKinds", "is not defined" },
        { "undefined meaning", () => new FeedRule((FeedMeaning)9, "x"), "meaning", "is not defined" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_rule_that_cannot_work_is_refused_naming_the_argument(string why, Func<FeedRule> create, string parameter, string message)
    {
        var e = Assert.Throws<ArgumentException>(create);
        Assert.Equal(parameter, e.ParamName);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(why));
    }

    [Fact]
    public void Rules_are_equal_by_meaning_patterns_and_kinds()
    {
        var a = new FeedRule(FeedMeaning.Closure, "clerical", null, [SchoolKind.Middle, SchoolKind.Elementary, SchoolKind.Middle]);
        var b = new FeedRule(FeedMeaning.Closure, "clerical", null, [SchoolKind.Elementary, SchoolKind.Middle]);
        Assert.True(a.Equals(b));
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a.Equals((object)b));
        Assert.False(a.Equals(null));
        Assert.NotEqual(a, new FeedRule(FeedMeaning.Closure, "clerical"));
        Assert.NotEqual(a, new FeedRule(FeedMeaning.RemoteLearning, "clerical", null, [SchoolKind.Elementary, SchoolKind.Middle]));
        Assert.NotEqual(a, new FeedRule(FeedMeaning.Closure, "clerical", "x", [SchoolKind.Elementary, SchoolKind.Middle]));
        Assert.NotEqual(a, new FeedRule(FeedMeaning.Closure, "Clerical", null, [SchoolKind.Elementary, SchoolKind.Middle]));
        Assert.Equal([SchoolKind.Elementary, SchoolKind.Middle], a.SchoolKinds.ToArray());
    }

    [Fact]
    public void A_rule_describes_itself()
    {
        Assert.Equal("Closure: title /clerical day/ (Elementary, Middle only)", new FeedRule(FeedMeaning.Closure, "clerical day", schoolKinds: [SchoolKind.Middle, SchoolKind.Elementary]).ToString());
        Assert.Equal("NotAnEntry: title /open/ or description /open/", new FeedRule(FeedMeaning.NotAnEntry, "open", "open").ToString());
        Assert.Equal("Closure: description /closed/", new FeedRule(FeedMeaning.Closure, null, "closed").ToString());
    }

    [Fact]
    public void Matching_a_huge_hostile_title_takes_linear_time_and_never_throws()
    {
        // A pattern prone to catastrophic backtracking in a backtracking engine, on 100,000 characters.
        var rule = new FeedRule(FeedMeaning.Closure, "(a+)+b");
        Assert.False(rule.Matches(new string('a', 100_000), ""));
    }

    [Fact]
    public void Options_refuse_a_default_or_null_holding_rule_list()
    {
        Assert.Throws<ArgumentException>(() => new PublishedFeedOptions { Rules = default });
        Assert.Throws<ArgumentException>(() => new PublishedFeedOptions { Rules = [null!] });
        Assert.Equal(FeedRules.Default, new PublishedFeedOptions().Rules);
    }
}

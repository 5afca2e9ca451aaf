using System.Net;
using static Sesis.Rules.WebSample.Tests.PageClient;

namespace Sesis.Rules.WebSample.Tests;

/// <summary>Saved records survive a restart of the app on the same database file, which is seeded only once.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task A_saved_record_and_its_revisions_are_there_after_a_restart()
    {
        using var first = new WebSampleFactory();
        string url;
        int records;
        using (var client = first.Browser())
        {
            var fields = Session();
            fields["Notes"] = "Recorded before the restart.";
            var draft = await PostAsync(client, $"/providers/{Maria}/records/new", "Draft", fields);
            await PostAsync(client, draft.Url, "Certify", fields);
            await PostAsync(client, draft.Url, "Save", fields);
            await PostAsync(client, draft.Url, "Amend", new Dictionary<string, string>());
            url = draft.Url;
            records = CountRecords((await GetAsync(client, $"/providers/{Maria}")).Body);
        }

        using var second = WebSampleFactory.Restarted(first);
        using var again = second.Browser();
        var page = await GetAsync(again, url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Session record, revision 2", page.Body, StringComparison.Ordinal);
        Assert.Contains("Recorded before the restart.", page.Body, StringComparison.Ordinal);
        Assert.Contains("<td>Saved</td>", page.Body, StringComparison.Ordinal);
        Assert.Equal(records, CountRecords((await GetAsync(again, $"/providers/{Maria}")).Body)); // not seeded twice
    }

    private static int CountRecords(string caseloadPage) =>
        System.Text.RegularExpressions.Regex.Matches(caseloadPage, "/records/[0-9a-f-]{36}\"").Count;
}

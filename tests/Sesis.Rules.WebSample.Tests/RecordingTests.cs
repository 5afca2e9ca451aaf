using System.Net;
using System.Text.RegularExpressions;
using static Sesis.Rules.WebSample.Tests.PageClient;

namespace Sesis.Rules.WebSample.Tests;

/// <summary>Recording, certifying, saving and amending through the pages, with the library deciding every step.</summary>
public sealed class RecordingTests : IClassFixture<WebSampleFactory>
{
    private readonly WebSampleFactory _factory;

    public RecordingTests(WebSampleFactory factory) => _factory = factory;

    [Fact]
    public async Task Record_certify_edit_recertify_save_and_amend()
    {
        using var client = _factory.Browser();

        // A draft without its progress indicator: SR508 next to Progress, and Certify is not enabled.
        var draft = await PostAsync(client, $"/providers/{Maria}/records/new?student={Ana}", "Draft", Session("Progress"));
        Assert.Equal(HttpStatusCode.OK, draft.Status);
        Assert.Matches("/records/[0-9a-f-]{36}$", draft.Url);
        Assert.Equal(["SR508"], Html.CodesAt(draft.Body, "Progress"));
        Assert.Contains("<strong>Draft.</strong>", draft.Body, StringComparison.Ordinal);
        Assert.True(Html.IsEnabled(draft.Body, "save-draft"));
        Assert.False(Html.IsEnabled(draft.Body, "certify"));
        Assert.False(Html.IsEnabled(draft.Body, "save"));
        Assert.False(Html.IsEnabled(draft.Body, "amend"));

        // Certifying it anyway is refused by the library, with the finding that blocks it.
        var refused = await PostAsync(client, draft.Url, "Certify", Session("Progress"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("Certify is refused", Html.Decode(refused.Body), StringComparison.Ordinal);

        // Fixed: no finding, Certify enabled.
        var fixedDraft = await PostAsync(client, draft.Url, "Draft", Session());
        Assert.Empty(Html.CodesAt(fixedDraft.Body, "Progress"));
        Assert.True(Html.IsEnabled(fixedDraft.Body, "certify"));
        Assert.False(Html.IsEnabled(fixedDraft.Body, "save"));

        var certified = await PostAsync(client, draft.Url, "Certify", Session());
        Assert.Contains("<strong>Certified</strong> by P0012345", certified.Body, StringComparison.Ordinal);
        Assert.False(Html.IsEnabled(certified.Body, "certify"));
        Assert.True(Html.IsEnabled(certified.Body, "save"));

        // Editing a certified record drops the certification, visibly.
        var edited = Session();
        edited["Notes"] = "Worked on the reading goal; read two pages aloud.";
        var dropped = await PostAsync(client, draft.Url, "Draft", edited);
        Assert.Contains("The certification was dropped", dropped.Body, StringComparison.Ordinal);
        Assert.Contains("<strong>Draft.</strong>", dropped.Body, StringComparison.Ordinal);
        Assert.False(Html.IsEnabled(dropped.Body, "save"));

        await PostAsync(client, draft.Url, "Certify", edited);
        var saved = await PostAsync(client, draft.Url, "Save", edited);
        Assert.Contains("<strong>Saved</strong>", saved.Body, StringComparison.Ordinal);
        Assert.Contains("<fieldset disabled>", saved.Body, StringComparison.Ordinal);
        Assert.False(Html.IsEnabled(saved.Body, "save-draft"));
        Assert.True(Html.IsEnabled(saved.Body, "amend"));

        // A saved record is amended, never edited: revision 2 is a draft, revision 1 stays visible as saved.
        var amended = await PostAsync(client, draft.Url, "Amend", new Dictionary<string, string>());
        Assert.Contains("Session record, revision 2", amended.Body, StringComparison.Ordinal);
        Assert.Contains("<strong>Draft.</strong>", amended.Body, StringComparison.Ordinal);
        var earlier = amended.Body[amended.Body.IndexOf("id=\"revisions\"", StringComparison.Ordinal)..];
        Assert.Matches(new Regex(@"<td>1</td>\s*<td>Saved</td>\s*<td>2025-10-30</td>"), earlier);
        Assert.Contains("read two pages aloud", earlier, StringComparison.Ordinal);

        // Posting an edit straight to a saved revision is refused in the library's words.
        var otherRecord = FirstRecordId((await GetAsync(client, $"/providers/{Maria}")).Body, Maria);
        var savedEdit = await PostAsync(client, $"/providers/{Maria}/records/{otherRecord}", "Draft", Session());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, savedEdit.Status);
        Assert.Contains("A saved record is never edited in place", Html.Decode(savedEdit.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Switching_to_student_absent_clears_and_disables_the_fields_that_no_longer_apply()
    {
        using var client = _factory.Browser();
        var fields = Session();
        fields["Date"] = "2025-10-29";
        var draft = await PostAsync(client, $"/providers/{Maria}/records/new", "Draft", fields);
        Assert.False(Html.IsDisabledSelect(draft.Body, "Progress"));

        fields["SessionType"] = "StudentAbsent";
        fields["Reason"] = "StudentAbsentFromSchool";
        var absent = await PostAsync(client, draft.Url, "Draft", fields);

        Assert.Equal(HttpStatusCode.OK, absent.Status);
        Assert.Contains("cleared Location, Description, Progress", absent.Body, StringComparison.Ordinal);
        foreach (var field in new[] { "Location", "Description", "Progress" })
        {
            Assert.True(Html.IsDisabledSelect(absent.Body, field), field);
            Assert.DoesNotContain("selected", Html.Field(absent.Body, field), StringComparison.Ordinal);
        }

        Assert.False(Html.IsDisabledSelect(absent.Body, "Reason"));
        Assert.True(Html.IsEnabled(absent.Body, "certify"));
    }

    [Fact]
    public async Task An_absence_on_a_gray_day_is_refused_by_the_session_type_machine()
    {
        using var client = _factory.Browser();
        var fields = Session();
        fields["Date"] = "2025-10-13"; // Indigenous Peoples' Day
        var draft = await PostAsync(client, $"/providers/{Maria}/records/new", "Draft", fields);
        fields["SessionType"] = "StudentAbsent";
        fields["Reason"] = "StudentAbsentFromSchool";

        var refused = await PostAsync(client, draft.Url, "Draft", fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("the date is not a gray day", Html.Decode(refused.Body), StringComparison.Ordinal);
    }
}

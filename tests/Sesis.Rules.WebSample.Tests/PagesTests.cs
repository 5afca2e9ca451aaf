using System.Net;
using static Sesis.Rules.WebSample.Tests.PageClient;

namespace Sesis.Rules.WebSample.Tests;

/// <summary>The pages render, and bad addresses and bad input get a message and the right status, never a stack trace.</summary>
public sealed class PagesTests : IClassFixture<WebSampleFactory>
{
    private readonly WebSampleFactory _factory;

    public PagesTests(WebSampleFactory factory) => _factory = factory;

    [Theory]
    [InlineData("/", "Maria Rivera (P0012345)")]
    [InlineData("/", "There is no login")]
    [InlineData("/providers/P0012345", "Record a past session")]
    [InlineData("/providers/P0012345/records/new?student=204381527", "id=\"field-Progress\"")]
    [InlineData("/providers/P0012345/calendar?month=2025-10", "id=\"month-grid\"")]
    [InlineData("/providers/P0012345/report?from=2025-10-01&to=2025-10-31", "Missing records")]
    public async Task A_page_renders(string url, string expected)
    {
        using var client = _factory.Browser();
        var page = await GetAsync(client, url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(expected, Html.Decode(page.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_services_calendar_marks_each_day_of_the_seeded_month()
    {
        using var client = _factory.Browser();
        var body = (await GetAsync(client, "/providers/P0012345/calendar?month=2025-10")).Body;

        Assert.Contains("id=\"day-2025-10-13\" data-status=\"Gray\"", body, StringComparison.Ordinal);      // Indigenous Peoples' Day
        Assert.Contains("id=\"day-2025-10-28\" data-status=\"Missing\"", body, StringComparison.Ordinal);   // Ana's missing record
        Assert.Contains("id=\"day-2025-10-27\" data-status=\"Recorded\"", body, StringComparison.Ordinal);
        Assert.Contains("id=\"day-2025-10-31\" data-status=\"NotScheduled\"", body, StringComparison.Ordinal); // a Friday
        Assert.Contains("id=\"day-2025-11-03\"", (await GetAsync(client, "/providers/P0012345/calendar?month=2025-11")).Body, StringComparison.Ordinal);
        Assert.Contains("data-status=\"Future\"", (await GetAsync(client, "/providers/P0012345/calendar?month=2025-11")).Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/providers/NOBODY", HttpStatusCode.NotFound, "There is no provider 'NOBODY'")]
    [InlineData("/providers/P0012345/records/not-a-guid", HttpStatusCode.NotFound, "'not-a-guid' is not a record id")]
    [InlineData("/providers/P0012345/records/00000000-0000-0000-0000-000000000001", HttpStatusCode.NotFound, "There is no record 00000000-0000-0000-0000-000000000001")]
    [InlineData("/providers/P0012345/calendar?month=October", HttpStatusCode.BadRequest, "'October' is not a month (yyyy-MM")]
    [InlineData("/providers/P0012345/report?from=2025-10-31&to=2025-10-01", HttpStatusCode.BadRequest, "The period ends (2025-10-01) before it starts (2025-10-31)")]
    [InlineData("/providers/P0012345/report?from=yesterday", HttpStatusCode.BadRequest, "'yesterday' is not a date")]
    [InlineData("/no/such/page", HttpStatusCode.NotFound, "There is no such page")]
    public async Task A_bad_address_gets_a_message_and_its_status(string url, HttpStatusCode status, string message)
    {
        using var client = _factory.Browser();
        var page = await GetAsync(client, url);

        Assert.Equal(status, page.Status);
        Assert.Contains(message, Html.Decode(page.Body), StringComparison.Ordinal);
        NoStackTrace(page.Body);
    }

    [Fact]
    public async Task Another_providers_record_is_refused_for_reading_and_for_every_action()
    {
        using var client = _factory.Browser();
        var jamesRecord = FirstRecordId((await GetAsync(client, $"/providers/{James}")).Body, James);
        var before = Html.WithoutToken((await GetAsync(client, $"/providers/{James}/records/{jamesRecord}")).Body);

        var read = await GetAsync(client, $"/providers/{Maria}/records/{jamesRecord}");
        Assert.Equal(HttpStatusCode.Forbidden, read.Status);
        Assert.Contains("another provider's record", Html.Decode(read.Body), StringComparison.Ordinal);

        // Posting to it through Maria's page, with a token from one of Maria's own pages.
        var token = Html.Token((await GetAsync(client, $"/providers/{Maria}/records/new")).Body);
        foreach (var handler in new[] { "Draft", "Certify", "Save", "Amend" })
        {
            using var content = new FormUrlEncodedContent(Session().Append(new("__RequestVerificationToken", token)));
            using var response = await client.PostAsync(new Uri($"/providers/{Maria}/records/{jamesRecord}?handler={handler}", UriKind.Relative), content);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        Assert.Equal(before, Html.WithoutToken((await GetAsync(client, $"/providers/{James}/records/{jamesRecord}")).Body));
    }

    [Fact]
    public async Task A_form_post_with_unreadable_values_is_400_with_the_message_next_to_each_field_and_nothing_stored()
    {
        using var client = _factory.Browser();
        var recordsBefore = (await GetAsync(client, $"/providers/{Maria}")).Body;
        var fields = Session();
        fields["Date"] = "2025-13-45";
        fields["EndTime"] = "25:99";
        fields["GroupSize"] = "Group, 0";

        var page = await PostAsync(client, $"/providers/{Maria}/records/new", "Draft", fields);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("'2025-13-45' is not a date (yyyy-MM-dd)", Html.Decode(Html.Field(page.Body, "Date")), StringComparison.Ordinal);
        Assert.Contains("'25:99' is not a time", Html.Decode(Html.Field(page.Body, "EndTime")), StringComparison.Ordinal);
        Assert.Equal(["SR004"], Html.CodesAt(page.Body, "Date"));
        Assert.Equal(["SR006"], Html.CodesAt(page.Body, "EndTime"));
        Assert.Equal(["SR010"], Html.CodesAt(page.Body, "GroupSize"));
        Assert.Contains("nothing was saved", page.Body, StringComparison.Ordinal);
        NoStackTrace(page.Body);
        Assert.Equal(recordsBefore, (await GetAsync(client, $"/providers/{Maria}")).Body);
    }

    [Fact]
    public async Task A_form_post_without_its_anti_forgery_token_is_400_with_a_message()
    {
        using var client = _factory.Browser();
        using var content = new FormUrlEncodedContent(Session());
        using var response = await client.PostAsync(new Uri($"/providers/{Maria}/records/new?handler=Draft", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("anti-forgery token", body, StringComparison.Ordinal);
        NoStackTrace(body);
    }

    [Fact]
    public async Task A_student_not_on_the_providers_caseload_is_a_finding_not_an_error_page()
    {
        using var client = _factory.Browser();
        var fields = Session();
        fields["StudentId"] = "241775309"; // James's student

        var page = await PostAsync(client, $"/providers/{Maria}/records/new", "Draft", fields);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("SR803", Html.CodesAt(page.Body, "StudentId"));
    }
}

/// <summary>Posts no button of the form sends: a clear answer, never an error page.</summary>
public sealed class OddPostTests : IClassFixture<WebSampleFactory>
{
    private readonly WebSampleFactory _factory;

    public OddPostTests(WebSampleFactory factory) => _factory = factory;

    [Theory]
    [InlineData("/providers/P0012345/records/new?handler=Bogus")]
    [InlineData("/providers/P0012345/records/new")]
    [InlineData("/providers/P0012345?handler=Draft")]
    [InlineData("/providers/P0012345/calendar")]
    public async Task A_post_to_no_handler_is_refused_plainly(string url)
    {
        using var client = _factory.Browser();
        var token = Html.Token((await PageClient.GetAsync(client, "/providers/P0012345/records/new")).Body);
        using var content = new FormUrlEncodedContent(PageClient.Session().Append(new("__RequestVerificationToken", token)));
        using var response = await client.PostAsync(new Uri(url, UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode is System.Net.HttpStatusCode.MethodNotAllowed or System.Net.HttpStatusCode.NotFound, $"{url}: {response.StatusCode}");
        PageClient.NoStackTrace(body);
        Assert.DoesNotContain("Something went wrong", body, StringComparison.Ordinal);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Sesis.Rules.WebSample.Tests;

/// <summary>POST /api/records/check: 200 with findings, 422 and 400 as problem details with the codes.</summary>
public sealed class ApiTests : IClassFixture<WebSampleFactory>
{
    private readonly WebSampleFactory _factory;

    public ApiTests(WebSampleFactory factory) => _factory = factory;

    private static Dictionary<string, string?> Record(params (string Field, string? Value)[] changes)
    {
        var fields = new Dictionary<string, string?>
        {
            ["studentId"] = PageClient.Ana,
            ["providerId"] = PageClient.Maria,
            ["serviceType"] = "paraprofessional",
            ["date"] = "2025-10-30",
            ["startTime"] = "11:00",
            ["endTime"] = "11:30",
            ["language"] = "eng",
            ["location"] = "separate-location",
            ["description"] = "toileting",
            ["progress"] = "progressing",
            ["certifiedBy"] = PageClient.Maria,
            ["certifiedAt"] = "2025-10-30T16:00:00-04:00",
        };
        foreach (var (field, value) in changes)
        {
            fields[field] = value;
        }

        return fields;
    }

    private async Task<(HttpStatusCode Status, string? MediaType, JsonElement Body)> Check(HttpContent content, string query = "")
    {
        using var client = _factory.CreateClient();
        using var response = await client.PostAsync(new Uri($"/api/records/check{query}", UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        PageClient.NoStackTrace(text);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonDocument.Parse(text).RootElement.Clone());
    }

    private static List<string> Codes(JsonElement body) => [.. body.GetProperty("codes").EnumerateArray().Select(c => c.GetString()!)];

    [Fact]
    public async Task A_correct_certified_record_is_200_with_no_findings()
    {
        var (status, _, body) = await Check(JsonContent.Create(Record()));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(Codes(body));
        Assert.Equal(0, body.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public async Task A_record_breaking_rules_is_422_problem_details_with_its_codes()
    {
        var (status, mediaType, body) = await Check(JsonContent.Create(Record(("progress", null))), "?stage=draft");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.Equal(422, body.GetProperty("status").GetInt32());
        Assert.Equal(["SR508"], Codes(body));
        var finding = Assert.Single(body.GetProperty("findings").EnumerateArray());
        Assert.Equal("Progress", finding.GetProperty("field").GetString());
        Assert.Equal("Error", finding.GetProperty("severity").GetString());
    }

    [Fact]
    public async Task The_save_stage_is_the_default_and_an_uncertified_record_fails_it()
    {
        var (status, _, body) = await Check(JsonContent.Create(Record(("certifiedBy", null), ("certifiedAt", null))));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("SR601", Codes(body));
    }

    [Fact]
    public async Task An_unreadable_value_is_400_with_the_findings_of_the_rules_that_do_not_read_it()
    {
        var (status, _, body) = await Check(JsonContent.Create(Record(("date", "2025-10-32"), ("progress", null))), "?stage=draft");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["SR004", "SR508"], Codes(body));
    }

    [Fact]
    public async Task Unreadable_values_are_400_naming_every_field()
    {
        var (status, mediaType, body) = await Check(JsonContent.Create(Record(("date", "2025-10-32"), ("endTime", "half past"))));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.Equal(["SR004", "SR006"], Codes(body).Where(c => c.StartsWith("SR0", StringComparison.Ordinal)));
        var findings = body.GetProperty("findings").EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("field").GetString() == "Date"
            && f.GetProperty("message").GetString()!.Contains("'2025-10-32' is not a date (yyyy-MM-dd)", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.GetProperty("field").GetString() == "EndTime" && f.GetProperty("code").GetString() == "SR006");
    }

    [Theory]
    [InlineData("{", "not valid JSON")]
    [InlineData("[1, 2]", "not a JSON object")]
    [InlineData("{\"date\": 20251030}", "Every field is a string")]
    [InlineData("{\"colour\": \"blue\", \"date\": \"2025-10-30\", \"startTime\": \"09:00\", \"endTime\": \"09:30\"}", "'colour' is not a field")]
    public async Task A_malformed_body_is_400_with_a_clear_message(string json, string expected)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        var (status, _, body) = await Check(content);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(body.GetProperty("findings").EnumerateArray(), f => f.GetProperty("message").GetString()!.Contains(expected, StringComparison.OrdinalIgnoreCase)
            || body.GetProperty("detail").GetString()!.Contains(expected, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task An_unknown_stage_is_400()
    {
        var (status, _, body) = await Check(JsonContent.Create(Record()), "?stage=final");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("stage", body.GetProperty("findings")[0].GetProperty("field").GetString());
        Assert.Equal(["malformed-request"], Codes(body));
    }
}

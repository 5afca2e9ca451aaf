using System.Net;
using static Sesis.Rules.WebSample.Tests.PageClient;

namespace Sesis.Rules.WebSample.Tests;

/// <summary>
/// Requests that the web-form and web-api fuzz targets (fuzz/, docs/reliability.md) turned into a 500: each is a
/// malformed request, so the answer is 400 (the app's page, or problem details), never the error page.
/// </summary>
public sealed class FuzzRegressionTests : IClassFixture<WebSampleFactory>
{
    private readonly WebSampleFactory _factory;

    public FuzzRegressionTests(WebSampleFactory factory) => _factory = factory;

    [Theory]
    [InlineData("NotesConfid%C3%9Cnti[l=on")] // a key with "[" and no "]": the jQuery-style value providers threw
    [InlineData("Sessi%00onType=ServiceProvided")] // a key with a NUL: the status page re-read the post and bound its code as 0
    public async Task A_malformed_form_post_is_400_not_an_error(string field)
    {
        using var client = _factory.Browser();
        var token = Html.Token((await GetAsync(client, $"/providers/{Maria}/records/new")).Body);
        var body = $"StudentId={Ana}&ServiceType=paraprofessional&Date=2025-10-6&{field}&__RequestVerificationToken={token}";
        using var content = new StringContent(body, System.Text.Encoding.ASCII, "application/x-www-form-urlencoded");

        using var response = await client.PostAsync(new Uri($"/providers/{Maria}/records/new?handler=Draft", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        NoStackTrace(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_json_body_with_invalid_utf8_in_a_string_is_a_malformed_request()
    {
        // The web-api target's input: valid JSON syntax, but byte 0x85 inside a string is no UTF-8; JsonDocument
        // parsed it and threw only when the string was read.
        using var client = _factory.CreateClient();
        var body = "{\"studentId\": \"204381527\", \"eolour\": \"blu\u0001\"}"u8.ToArray();
        body[^3] = 0x85;
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await client.PostAsync(new Uri("/api/records/check", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var answer = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"malformed-request\"", answer, StringComparison.Ordinal);
        Assert.Contains("invalid UTF-8", answer, StringComparison.Ordinal);
    }
}

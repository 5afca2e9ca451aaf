using System.Net;
using static Sesis.Rules.WebSample.Tests.PageClient;

namespace Sesis.Rules.WebSample.Tests;

/// <summary>
/// Form posts that the web-form fuzz target (fuzz/, docs/reliability.md) turned into a 500: each is a malformed post,
/// so the answer is 400 with the app's page, never the error page.
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
}

using System.Net;
using System.Text.RegularExpressions;

namespace Sesis.Rules.WebSample.Tests;

/// <summary>A page as the test client got it.</summary>
/// <param name="Status">The status code of the final response.</param>
/// <param name="Url">The path it was read from (after a redirect, where it led).</param>
/// <param name="Body">The HTML.</param>
internal sealed record PageResult(HttpStatusCode Status, string Url, string Body);

/// <summary>Posts the sample's forms the way a browser does: the token from the page, then the fields.</summary>
internal static partial class PageClient
{
    public const string Maria = "P0012345";
    public const string James = "P0067890";
    public const string Ana = "204381527";

    public static async Task<PageResult> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return new PageResult(response.StatusCode, url, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Opens the page, then posts its form with the button's handler; follows the redirect of a success.</summary>
    public static async Task<PageResult> PostAsync(HttpClient client, string pageUrl, string handler, IReadOnlyDictionary<string, string> fields)
    {
        var page = await GetAsync(client, pageUrl);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var form = fields.Append(new("__RequestVerificationToken", Html.Token(page.Body)));
        var path = pageUrl.Split('?')[0];
        using var content = new FormUrlEncodedContent(form);
        using var response = await client.PostAsync(new Uri($"{path}?handler={handler}", UriKind.Relative), content);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            return await GetAsync(client, response.Headers.Location!.OriginalString);
        }

        return new PageResult(response.StatusCode, path, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A complete paraprofessional session of Ana's on Thursday 2025-10-30, lacking only what a test removes.</summary>
    public static Dictionary<string, string> Session(params string[] without)
    {
        var fields = new Dictionary<string, string>
        {
            ["StudentId"] = Ana,
            ["ServiceType"] = "paraprofessional",
            ["Date"] = "2025-10-30",
            ["StartTime"] = "13:00",
            ["EndTime"] = "13:40",
            ["Language"] = "eng",
            ["SessionType"] = "ServiceProvided",
            ["GroupSize"] = "Individual",
            ["Location"] = "general-education-classroom",
            ["Description"] = "health",
            ["Progress"] = "progressing",
            ["Notes"] = "Worked on the reading goal.",
        };
        foreach (var field in without)
        {
            fields.Remove(field);
        }

        return fields;
    }

    /// <summary>The id of a record linked from a page (the first one).</summary>
    public static Guid FirstRecordId(string html, string provider)
    {
        var match = Regex.Match(html, $"/providers/{provider}/records/([0-9a-f-]{{36}})");
        Assert.True(match.Success, $"No record of {provider} is linked from the page.");
        return Guid.Parse(match.Groups[1].Value);
    }

    public static void NoStackTrace(string body)
    {
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }
}

using System.Net;
using System.Text.RegularExpressions;

namespace Sesis.Rules.WebSample.Tests;

/// <summary>Reading the sample's pages in tests: the anti-forgery token, a field's findings, a button's state.</summary>
internal static partial class Html
{
    public static string Token(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "The page has no anti-forgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>The part of the form around one field (its input and its findings).</summary>
    public static string Field(string html, string field)
    {
        var start = html.IndexOf($"id=\"field-{field}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The page has no field {field}.");
        var end = html.IndexOf("<div class=\"field\"", start, StringComparison.Ordinal);
        if (end < 0)
        {
            end = html.IndexOf("</fieldset>", start, StringComparison.Ordinal);
        }

        return html[start..end];
    }

    /// <summary>The codes of the findings shown next to a field.</summary>
    public static IReadOnlyList<string> CodesAt(string html, string field) =>
        [.. CodePattern().Matches(Field(html, field)).Select(m => m.Groups[1].Value)];

    public static bool IsEnabled(string html, string buttonId)
    {
        var match = Regex.Match(html, $"<button[^>]*id=\"{buttonId}\"[^>]*>");
        Assert.True(match.Success, $"The page has no button {buttonId}.");
        return !match.Value.Contains("disabled", StringComparison.Ordinal);
    }

    public static bool IsDisabledSelect(string html, string field) =>
        Regex.IsMatch(Field(html, field), $"<select[^>]*id=\"{field}\"[^>]*disabled");

    /// <summary>The page with its anti-forgery token blanked (it differs on every request).</summary>
    public static string WithoutToken(string html) => TokenPattern().Replace(html, "token");

    public static string Decode(string html) => WebUtility.HtmlDecode(html);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("data-code=\"([^\"]+)\"")]
    private static partial Regex CodePattern();
}

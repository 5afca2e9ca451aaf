using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sesis.Rules.WebSample.Pages;

/// <summary>The page for a status code with no body of its own (an unknown address, a form without its token).</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    /// <summary>Gets the title.</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>Gets the message.</summary>
    public string Message { get; private set; } = string.Empty;

    /// <summary>Shows the page.</summary>
    /// <param name="code">The status code.</param>
    public void OnGet([FromRoute] int code) => Describe(code);

    /// <summary>Shows the page after a post.</summary>
    /// <param name="code">The status code, from the address only: a failed post's own fields are re-read here, and a
    /// field of theirs must not stand for it (a post that bound 0 made this page throw, found by fuzzing).</param>
    public void OnPost([FromRoute] int code) => Describe(code);

    private void Describe(int code)
    {
        // Only the original request's code is kept; a direct visit to /status/N is a plain 404.
        var original = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null;
        Response.StatusCode = original ? code : StatusCodes.Status404NotFound;
        (Title, Message) = (original ? code : 404) switch
        {
            400 => ("Bad request", "The request could not be read. A form must be sent from its own page (it carries an anti-forgery token); reload the page and try again."),
            404 => ("Not found", "There is no such page. Start from the list of providers."),
            405 => ("Not allowed", "This page has no such action: use the buttons of its form."),
            _ => ($"Error {code}", "The request could not be completed."),
        };
    }
}

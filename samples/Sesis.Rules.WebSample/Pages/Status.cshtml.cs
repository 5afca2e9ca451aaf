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

    /// <summary>Shows the page (the address's code only matches the route: the code shown is the original request's).</summary>
    public void OnGet() => Describe();

    /// <summary>Shows the page after a post.</summary>
    public void OnPost() => Describe();

    private void Describe()
    {
        // The original request's code, from the re-execution; a direct visit to /status/N is a plain 404. Never a
        // value bound from the request: a failed post is re-run here, and a hostile one bound the code as 0, which
        // threw (found by fuzzing, docs/reliability.md).
        var code = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.OriginalStatusCode ?? StatusCodes.Status404NotFound;
        Response.StatusCode = code;
        (Title, Message) = code switch
        {
            400 => ("Bad request", "The request could not be read. A form must be sent from its own page (it carries an anti-forgery token); reload the page and try again."),
            404 => ("Not found", "There is no such page. Start from the list of providers."),
            405 => ("Not allowed", "This page has no such action: use the buttons of its form."),
            _ => ($"Error {code}", "The request could not be completed."),
        };
    }
}

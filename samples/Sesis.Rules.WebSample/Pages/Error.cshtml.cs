using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Sesis.Rules.WebSample.Pages;

/// <summary>What an unexpected error shows: a plain message, never a stack trace.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    /// <summary>Gets the request's id, to find it in the log.</summary>
    public string RequestId { get; private set; } = string.Empty;

    /// <summary>Shows the page for any method (the failed request's).</summary>
    public void OnGet() => RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;

    /// <summary>Shows the page after a failed post.</summary>
    public void OnPost() => OnGet();
}

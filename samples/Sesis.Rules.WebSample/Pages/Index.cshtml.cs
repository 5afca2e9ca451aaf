using Microsoft.AspNetCore.Mvc.RazorPages;
using Sesis.Rules.WebSample.Recording;

namespace Sesis.Rules.WebSample.Pages;

/// <summary>The start page: choose a provider.</summary>
/// <param name="context">The shared library context.</param>
public sealed class IndexModel(SampleContext context) : PageModel
{
    /// <summary>Gets the shared context.</summary>
    public SampleContext Context => context;
}

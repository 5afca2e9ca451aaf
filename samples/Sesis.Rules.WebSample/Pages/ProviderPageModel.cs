using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sesis.Rules.WebSample.Recording;

namespace Sesis.Rules.WebSample.Pages;

/// <summary>A page acting for the provider named in its URL; an unknown provider is a 404 with a message.</summary>
/// <param name="desk">The recording desk.</param>
public abstract class ProviderPageModel(RecordingDesk desk) : PageModel
{
    /// <summary>Gets the desk.</summary>
    protected RecordingDesk Desk => desk;

    /// <summary>Gets the shared library context.</summary>
    public SampleContext Context => desk.Context;

    /// <summary>Gets or sets the provider id as written in the URL.</summary>
    [FromRoute(Name = "providerId")]
    public string? ProviderText { get; set; }

    /// <summary>Gets the provider the page acts for (set once <see cref="FindProvider"/> succeeded).</summary>
    public Provider Provider { get; private set; } = null!;

    /// <summary>Gets the message shown instead of the page, when the request is refused.</summary>
    public string? Refusal { get; private set; }

    /// <summary>Finds the provider of the URL.</summary>
    /// <returns>True when found; otherwise the page is refused with 404.</returns>
    protected bool FindProvider()
    {
        if (Context.FindProvider(ProviderText) is { } provider)
        {
            Provider = provider;
            return true;
        }

        Refuse(StatusCodes.Status404NotFound, $"There is no provider '{RecordText.Shown(ProviderText ?? string.Empty)}'. The providers are {string.Join(", ", Context.Providers.Select(p => p.Id))}.");
        return false;
    }

    /// <summary>Refuses the request: the page shows only the message, with the status code.</summary>
    /// <param name="status">The status code.</param>
    /// <param name="message">What is wrong, in words.</param>
    /// <returns>The page.</returns>
    protected IActionResult Refuse(int status, string message)
    {
        Refusal = message;
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>A provider's display name: the name with the id.</summary>
    /// <param name="provider">The provider.</param>
    /// <returns>The name.</returns>
    public static string NameOf(Provider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return provider.Name is { } name ? $"{name} ({provider.Id})" : provider.Id.ToString();
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Sesis.Rules.WebSample.Pages;

/// <summary>
/// A request that names no handler of the page (a POST to a page without one, or ?handler=Unknown) would render
/// the page without running any of its code; it is answered 405 instead, with the methods the page takes.
/// </summary>
internal sealed class UnknownHandlerFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        // A GET of a page without an OnGet just renders it; only a request meant to act is refused.
        if (context.HandlerMethod is not null || HttpMethods.IsGet(context.HttpContext.Request.Method) || HttpMethods.IsHead(context.HttpContext.Request.Method))
        {
            return;
        }

        var methods = context.ActionDescriptor.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant()).Append("GET").Distinct(StringComparer.Ordinal);
        context.HttpContext.Response.Headers.Allow = string.Join(", ", methods);
        context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}

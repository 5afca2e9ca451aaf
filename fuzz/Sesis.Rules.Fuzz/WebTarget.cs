extern alias web;

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Sesis.Rules.Fuzz;

/// <summary>
/// The web sample's form post and JSON API, through the app itself: its <c>Program</c> (the same services, the
/// library's DI package, the same middleware, model binding and pages) on an in-memory test server, so a fuzzed body
/// takes exactly the path a browser's or another system's request takes, from the raw body to the record and its
/// findings. Any answer other than those the app documents (a 500 is the app's page for an exception) is thrown.
/// </summary>
internal static partial class WebTarget
{
    private const string Provider = "P0012345";
    private static readonly string[] Handlers = ["Draft", "Certify", "Save"];

    // The app on its own database, seeded on first start; in memory when the machine has /dev/shm (every stored
    // revision is a write).
    private static readonly WebApplicationFactory<web::Program> App = Factory().WithWebHostBuilder(b =>
    {
        var folder = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), "sesis-fuzz-web");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        b.UseSetting("WebSample:DatabasePath", Path.Combine(folder, "web.db"));
        b.UseSetting("Urls", "http://127.0.0.1:0");
        b.UseEnvironment("Production");
        b.ConfigureLogging(l => l.ClearProviders().AddProvider(LastError.Instance));
    });

    private static readonly HttpClient Client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    // The form's anti-forgery token, from the new-record page as a browser gets it (its cookie stays in the client).
    private static readonly Lazy<string> Token = new(() =>
    {
        var page = Client.GetStringAsync(new Uri($"/providers/{Provider}/records/new", UriKind.Relative)).GetAwaiter().GetResult();
        return TokenPattern().Match(page) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("The record page has no anti-forgery token.");
    });

    /// <summary>
    /// The recording form: the first byte picks the button (Save draft, Certify, Save), the rest is the raw
    /// <c>application/x-www-form-urlencoded</c> body, posted for a new record with the page's anti-forgery token.
    /// The app answers 302 (stored), 400 (a value unreadable, or a body the form cannot take) or 422 (refused).
    /// </summary>
    public static void Form(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return;
        }

        var token = System.Text.Encoding.ASCII.GetBytes($"&__RequestVerificationToken={Token.Value}");
        var body = new byte[bytes.Length - 1 + token.Length];
        bytes.AsSpan(1).CopyTo(body);
        token.CopyTo(body.AsSpan(bytes.Length - 1));
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        LastError.Instance.Exception = null;
        using var response = Client.PostAsync(new Uri($"/providers/{Provider}/records/new?handler={Handlers[bytes[0] % Handlers.Length]}", UriKind.Relative), content).GetAwaiter().GetResult();
        var page = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity))
        {
            throw Logged(new InvalidOperationException($"The form post answered {(int)response.StatusCode}: {LastError.Instance.Exception?.ToString() ?? page[..Math.Min(page.Length, 2000)]}"));
        }
    }

    /// <summary>
    /// The API: the input is the body of <c>POST /api/records/check</c>. The app answers 200 (no error), 422 (rules
    /// fail) or 400 (a value unreadable, or a malformed request), always JSON with the codes, and every finding of a
    /// 400 or 422 naming a field.
    /// </summary>
    public static void Api(byte[] bytes)
    {
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        LastError.Instance.Exception = null;
        using var response = Client.PostAsync(new Uri("/api/records/check", UriKind.Relative), content).GetAwaiter().GetResult();
        var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity))
        {
            throw Logged(new InvalidOperationException($"The API answered {(int)response.StatusCode}: {LastError.Instance.Exception?.ToString() ?? text[..Math.Min(text.Length, 2000)]}"));
        }

        using var answer = JsonDocument.Parse(text);
        if (!answer.RootElement.TryGetProperty("codes", out var codes) || codes.GetArrayLength() == 0 && response.StatusCode != HttpStatusCode.OK
            || !answer.RootElement.TryGetProperty("findings", out var findings)
            || findings.EnumerateArray().Any(f => f.GetProperty("field").ValueKind != JsonValueKind.String || f.GetProperty("code").GetString() is not { Length: > 0 }))
        {
            throw new InvalidOperationException($"The API's answer ({(int)response.StatusCode}) lacks its codes or a finding its field: {text[..Math.Min(text.Length, 2000)]}");
        }
    }

    // The factory finds the app's folder (its wwwroot) from this variable; else it looks beside the solution file.
    private static WebApplicationFactory<web::Program> Factory()
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SESIS_RULES_WEBSAMPLE", WebSampleFolder());
        return new WebApplicationFactory<web::Program>();
    }

    // The web sample's project folder (its wwwroot), found from the harness's build folder inside the repository.
    private static string WebSampleFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "samples", "Sesis.Rules.WebSample");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"No samples/Sesis.Rules.WebSample above {AppContext.BaseDirectory}.");
    }

    // Under afl-fuzz nothing the harness prints is kept: what a crash was is appended to a file, for the crashes
    // that depend on the long-lived process's state and so do not replay alone with --check.
    private static InvalidOperationException Logged(InvalidOperationException crash)
    {
        File.AppendAllText(Path.Combine(Path.GetTempPath(), "sesis-fuzz-web-crashes.log"), $"{DateTime.UtcNow:O} {crash.Message}\n----\n");
        return crash;
    }

    /// <summary>The app's log, reduced to the last exception logged (the app's page for a 500 shows none), for the crash's message.</summary>
    private sealed class LastError : ILoggerProvider, ILogger
    {
        public static readonly LastError Instance = new();

        public Exception? Exception { get; set; }

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (exception is not null && logLevel >= LogLevel.Error)
            {
                Exception = exception;
            }
        }

        public void Dispose()
        {
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

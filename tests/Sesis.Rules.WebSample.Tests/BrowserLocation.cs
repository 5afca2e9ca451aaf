namespace Sesis.Rules.WebSample.Tests;

/// <summary>
/// Where the browser test finds Chromium: SESIS_CHROMIUM, else Debian's /usr/bin/chromium (scripts/install-browser.sh
/// installs it). With SESIS_BROWSER_TESTS=required, as .ci/run sets, a missing browser fails the test with this
/// message; otherwise the test is reported as skipped with it, never passed.
/// </summary>
internal static class BrowserLocation
{
    public const string Default = "/usr/bin/chromium";

    public static bool Required =>
        string.Equals(Environment.GetEnvironmentVariable("SESIS_BROWSER_TESTS"), "required", StringComparison.OrdinalIgnoreCase);

    /// <summary>The Chromium executable; fails or skips the calling test, saying why, when there is none.</summary>
    public static string Find()
    {
        var path = Environment.GetEnvironmentVariable("SESIS_CHROMIUM") is { Length: > 0 } set ? set : Default;
        if (File.Exists(path))
        {
            return path;
        }

        var why = $"No Chromium at {path} (set SESIS_CHROMIUM to another path): run scripts/install-browser.sh, which installs Debian's chromium.";
        if (Required)
        {
            Assert.Fail($"The browser test is required here (SESIS_BROWSER_TESTS=required) but cannot run. {why}");
        }

        Skip.If(true, why + " The browser test did not run; .ci/run installs the browser and requires it.");
        return path;
    }

    /// <summary>Where screenshots go: the test output, and docs/images when SESIS_UPDATE_SCREENSHOTS=1.</summary>
    public static IReadOnlyList<string> ScreenshotFolders()
    {
        var folders = new List<string> { Path.Combine(AppContext.BaseDirectory, "screenshots") };
        if (Environment.GetEnvironmentVariable("SESIS_UPDATE_SCREENSHOTS") == "1")
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Sesis.Rules.sln")))
            {
                folder = folder.Parent;
            }

            Assert.True(folder is not null, "SESIS_UPDATE_SCREENSHOTS=1 but the repository root (Sesis.Rules.sln) was not found above the test output.");
            folders.Add(Path.Combine(folder.FullName, "docs", "images"));
        }

        return folders;
    }
}

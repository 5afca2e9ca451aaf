using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Sesis.Rules.WebSample.Tests.PageClient;

namespace Sesis.Rules.WebSample.Tests;

/// <summary>The recording form in a real headless Chromium against the app on Kestrel (loopback, a free port).</summary>
public sealed class BrowserTests
{
    // The flags that keep Chromium quiet on a closed network; as root it needs --no-sandbox.
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--headless", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    [SkippableFact]
    public async Task Record_a_session_missing_its_progress_see_SR508_fix_it_certify_save_and_find_it_on_the_calendar()
    {
        var chromium = BrowserLocation.Find();
        using var factory = new WebSampleFactory();
        factory.UseKestrel();
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ChromiumArgs });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 1000 } });

        // Maria's caseload, then a past session for Ana, without a progress indicator (procedure steps 2-13).
        await page.GotoAsync(address + "/");
        await page.GetByText("Maria Rivera (P0012345)").ClickAsync();
        await page.Locator($"a.record-session[href*='student={Ana}']").ClickAsync();
        await page.Locator("#Date").FillAsync("2025-10-30");
        await page.Locator("#StartTime").FillAsync("13:00");
        await page.Locator("#EndTime").FillAsync("13:40");
        await page.Locator("#Location").SelectOptionAsync("general-education-classroom");
        await page.Locator("#Description").SelectOptionAsync("health");
        await page.Locator("#save-draft").ClickAsync();

        var finding = page.Locator("#field-Progress [data-code='SR508']");
        await Assertions.Expect(finding).ToBeVisibleAsync();
        await Assertions.Expect(finding).ToContainTextAsync("Progress");
        await Assertions.Expect(page.Locator("#certify")).ToBeDisabledAsync();
        foreach (var folder in BrowserLocation.ScreenshotFolders())
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "web-form-finding.png"), FullPage = true });
        }

        // Fixed, certified (step 15) and saved (step 16).
        await page.Locator("#Progress").SelectOptionAsync("progressing");
        await page.Locator("#save-draft").ClickAsync();
        await Assertions.Expect(page.Locator("#field-Progress [data-code]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#certify")).ToBeEnabledAsync();
        await page.Locator("#certify").ClickAsync();
        await Assertions.Expect(page.Locator("#state")).ToContainTextAsync("Certified by P0012345");
        await page.Locator("#save").ClickAsync();
        await Assertions.Expect(page.Locator("#state")).ToContainTextAsync("Saved");
        await Assertions.Expect(page.Locator("#amend")).ToBeEnabledAsync();

        // On the Services Calendar (step 17): October 2025, Thursday the 30th, as a saved record.
        await page.GetByRole(AriaRole.Link, new() { Name = "Services Calendar" }).ClickAsync();
        var day = page.Locator("#day-2025-10-30");
        await Assertions.Expect(day).ToHaveAttributeAsync("data-status", "Recorded");
        await Assertions.Expect(day.Locator(".entry", new() { HasText = $"{Ana} 13:00 ServiceProvided" })).ToContainTextAsync("Saved");
        foreach (var folder in BrowserLocation.ScreenshotFolders())
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "web-calendar.png"), FullPage = true });
        }
    }
}

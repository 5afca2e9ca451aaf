namespace Sesis.Rules.WebSample;

/// <summary>The sample's settings (section "WebSample" of appsettings.json, or WebSample__Name environment variables).</summary>
public sealed class WebSampleSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "WebSample";

    /// <summary>
    /// The SQLite database file, relative to the content root unless rooted. Created and seeded on first start;
    /// never overwritten afterwards.
    /// </summary>
    public string DatabasePath { get; set; } = "App_Data/sesis-websample.db";

    /// <summary>The batch file the database is seeded from on first start, relative to the app's folder unless rooted.</summary>
    public string SeedFile { get; set; } = "seed/october-2025.json";

    /// <summary>
    /// "now" for the machine's clock, or a local date and time in the seed's time zone (yyyy-MM-ddTHH:mm).
    /// Empty: the seed file's own clock, so the bundled October 2025 month is the current one and its
    /// sessions can still be recorded (procedure step 3 allows the current and previous month only).
    /// </summary>
    public string Clock { get; set; } = string.Empty;
}

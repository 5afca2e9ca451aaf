using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Sesis.Rules.WebSample.Tests;

/// <summary>The web sample on its own database file in a fresh folder (deleted with the factory unless kept).</summary>
public sealed class WebSampleFactory : WebApplicationFactory<Program>
{
    private readonly bool _ownsFolder;

    /// <summary>Creates the app on a new database file.</summary>
    public WebSampleFactory()
        : this(NewFolder(), ownsFolder: true)
    {
    }

    private WebSampleFactory(string folder, bool ownsFolder)
    {
        Folder = folder;
        _ownsFolder = ownsFolder;
    }

    /// <summary>Gets the folder holding the database.</summary>
    public string Folder { get; }

    /// <summary>Gets the database file.</summary>
    public string DatabasePath => Path.Combine(Folder, "sample.db");

    /// <summary>Creates a second app on the same database file: a restart. The folder stays with its first owner.</summary>
    /// <param name="first">The first app.</param>
    /// <returns>The app.</returns>
    public static WebSampleFactory Restarted(WebSampleFactory first)
    {
        ArgumentNullException.ThrowIfNull(first);
        return new WebSampleFactory(first.Folder, ownsFolder: false);
    }

    /// <summary>A client that keeps cookies (the anti-forgery cookie) and does not follow redirects.</summary>
    /// <returns>The client.</returns>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("WebSample:DatabasePath", DatabasePath);
        builder.UseSetting("Urls", "http://127.0.0.1:0");
        builder.UseEnvironment("Production");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsFolder)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open by a late request: the temp folder is left for the OS to clean.
            }
        }
    }

    private static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sesis-websample-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}

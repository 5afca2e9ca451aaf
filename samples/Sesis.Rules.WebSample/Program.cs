using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;
using NodaTime;
using Sesis.Rules;
using Sesis.Rules.WebSample;
using Sesis.Rules.WebSample.Api;
using Sesis.Rules.WebSample.Recording;
using Sesis.Rules.WebSample.Storage;

var builder = WebApplication.CreateBuilder(args);

// Loopback only unless configured otherwise (appsettings.json "Urls", --urls or ASPNETCORE_URLS).
if (string.IsNullOrEmpty(builder.Configuration["Urls"]) && string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
}

builder.Services.Configure<WebSampleSettings>(builder.Configuration.GetSection(WebSampleSettings.Section));
builder.Services.AddSingleton(services =>
{
    var settings = services.GetRequiredService<IOptions<WebSampleSettings>>().Value;
    var environment = services.GetRequiredService<IWebHostEnvironment>();
    var database = Path.IsPathRooted(settings.DatabasePath) ? settings.DatabasePath : Path.Combine(environment.ContentRootPath, settings.DatabasePath);
    var seed = Path.IsPathRooted(settings.SeedFile) ? settings.SeedFile : Path.Combine(AppContext.BaseDirectory, settings.SeedFile);
    return new SqliteStore(database, seed);
});
builder.Services.AddSingleton(services => SampleContext.Load(
    services.GetRequiredService<SqliteStore>(),
    services.GetRequiredService<IOptions<WebSampleSettings>>().Value.Clock));

// The library through its DI package: the seeded data as its lookups and clock, the rest from "SesisRules".
builder.Services.AddSingleton<IClock>(services => services.GetRequiredService<SeededData>().Clock);
builder.Services.AddSingleton<IProviderDirectory>(services => ProviderDirectory.Create(services.GetRequiredService<SeededData>().Providers));
builder.Services.AddSingleton<ICaseload>(services => services.GetRequiredService<SeededData>().Caseload);
builder.Services.AddSingleton<IServiceSchedules>(services => ServiceSchedules.Create(services.GetRequiredService<SeededData>().Schedules));
builder.Services.AddSesisRules(builder.Configuration.GetSection(SesisRulesOptions.SectionName));
builder.Services.AddSingleton<SampleContext>();
builder.Services.AddSingleton<RecordingDesk>();
builder.Services.AddRazorPages(o => o.Conventions.ConfigureFilter(new Sesis.Rules.WebSample.Pages.UnknownHandlerFilter()));

// No jQuery-style keys ("a[b]"): the forms post plain names, and those value providers throw on a key like "a[",
// which a hostile post turned into a 500 (found by fuzzing, docs/reliability.md).
builder.Services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o =>
{
    o.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
    o.ValueProviderFactories.RemoveType<JQueryQueryStringValueProviderFactory>();
});
builder.Services.AddProblemDetails();

var app = builder.Build();

// Open (and on first start create and seed) the database now, so a bad setting stops the start with its message.
app.Services.GetRequiredService<RecordingDesk>();

// Never a stack trace: an unexpected error is a plain page (or problem details for the API), status 500.
app.UseExceptionHandler("/error");
app.UseStatusCodePagesWithReExecute("/status/{0}");
app.UseStaticFiles();
app.UseRouting();
app.UseAntiforgery();

app.MapRazorPages();
app.MapRecordCheckApi();

app.Run();

/// <summary>The program, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;

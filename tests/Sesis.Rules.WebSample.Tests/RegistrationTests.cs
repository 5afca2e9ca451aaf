using Microsoft.Extensions.DependencyInjection;
using Sesis.Rules.WebSample.Recording;

namespace Sesis.Rules.WebSample.Tests;

/// <summary>The app uses the library as registered by AddSesisRules, on its seeded lookups.</summary>
public sealed class RegistrationTests : IClassFixture<WebSampleFactory>
{
    private readonly WebSampleFactory _factory;

    public RegistrationTests(WebSampleFactory factory) => _factory = factory;

    [Fact]
    public void The_pages_use_the_registered_validator_and_context()
    {
        var services = _factory.Services;
        var sample = services.GetRequiredService<SampleContext>();

        Assert.Same(services.GetRequiredService<ServiceRecordValidator>(), sample.Validator);
        Assert.Same(services.GetRequiredService<RecordingContext>(), sample.Recording);
        Assert.Same(services.GetRequiredService<ICaseload>(), sample.Recording.Caseload);
        Assert.Same(services.GetRequiredService<IProviderDirectory>(), sample.Recording.Providers);
        Assert.Same(services.GetRequiredService<IServiceSchedules>(), sample.Recording.Schedules);
        Assert.Same(SchoolCalendars.NewYorkCity2025To2026, sample.Calendar);
        Assert.Equal(new NodaTime.LocalDate(2025, 10, 31), sample.Today);
    }

    [Theory]
    [InlineData("SesisRules:SchoolKind", "High", "SesisRules:SchoolKind 'High' is not the database's kind of school 'Elementary'.")]
    [InlineData("SesisRules:TimeZone", "America/Chicago", "SesisRules:TimeZone 'America/Chicago' is not the database's time zone 'America/New_York'.")]
    [InlineData("SesisRules:Calendar", "", "SesisRules:Calendar is not set")]
    [InlineData("WebSample:Clock", "9999-12-31T23:00", "WebSample:Clock: '9999-12-31T23:00' is out of range: a clock's year is from 1 to 9998.")]
    [InlineData("WebSample:Clock", "soon", "WebSample:Clock: 'soon' is neither \"now\" nor a local date and time (yyyy-MM-ddTHH:mm).")]
    public void A_setting_that_disagrees_with_the_database_stops_the_start_naming_the_key(string key, string value, string message)
    {
        using var app = _factory.WithWebHostBuilder(b => b.UseSetting(key, value));

        var e = Assert.ThrowsAny<Exception>(() => app.Services.GetRequiredService<SampleContext>());
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }
}

using NodaTime;

namespace Sesis.Rules.Tests;

public sealed class ServiceRecordReaderOptionsTests
{
    [Fact]
    public void Options_for_a_context_read_local_times_in_its_zone_and_names_from_its_catalogs()
    {
        var chicago = DateTimeZoneProviders.Tzdb["America/Chicago"];
        var context = new RecordingContext
        {
            TimeZone = chicago,
            Languages = Language.StandardCatalog.With(new Language("qqq"), "Quenya"),
            Locations = ServiceLocation.StandardCatalog.With(new ServiceLocation("library"), "School library"),
        };

        var options = ServiceRecordReaderOptions.For(context);
        var reading = new ServiceRecordReader(options).Read(
            ServiceRecordText.From(Samples.ParaSession) with { Language = "quenya", Location = "school library", CertifiedBy = "P0000001", CertifiedAt = "2025-10-06T15:30", Digest = null });

        Assert.Same(chicago, options.TimeZone);
        Assert.Same(context.ServiceTypes, options.ServiceTypes);
        Assert.Same(context.ProgressIndicators, options.ProgressIndicators);
        Assert.Equal(new ServiceRecordReaderOptions().Descriptions, options.Descriptions);
        Assert.Empty(reading.Findings);
        Assert.Equal(new Language("qqq"), reading.Partial.Language);
        Assert.Equal(new ServiceLocation("library"), reading.Partial.Location);
        Assert.Equal(Instant.FromUtc(2025, 10, 6, 20, 30), reading.Partial.Certification!.CertifiedAt);
    }

    [Fact]
    public void Options_for_a_null_context_are_refused() =>
        Assert.Throws<ArgumentNullException>("context", () => ServiceRecordReaderOptions.For(null!));
}

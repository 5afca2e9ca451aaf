using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// What a <see cref="ServiceRecordReader"/> reads with: the time zone of local date-times, the catalogs whose names
/// it accepts beside codes, and the extra date, time and date-time patterns a host's exports use.
/// </summary>
/// <remarks>
/// Every property has a default, so <c>new ServiceRecordReaderOptions()</c> reads the spellings of
/// docs/record-text.md in New York time with the standard catalogs. Use the same time zone and catalogs as the
/// validator, so that a name the reader accepts is a code the validator knows.
/// </remarks>
public sealed record ServiceRecordReaderOptions
{
    /// <summary>
    /// Gets options that read with a validator's context: its time zone and its service-type, language, location and
    /// progress catalogs (the other options keep their defaults), so that a name the reader accepts is a code the
    /// validator built on the same context knows.
    /// </summary>
    /// <param name="context">The context the records are validated in.</param>
    /// <returns>The options; set the others with <c>with</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public static ServiceRecordReaderOptions For(RecordingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ServiceRecordReaderOptions
        {
            TimeZone = context.TimeZone,
            ServiceTypes = context.ServiceTypes,
            Languages = context.Languages,
            Locations = context.Locations,
            ProgressIndicators = context.ProgressIndicators,
        };
    }

    /// <summary>Gets the time zone in which a certification instant written without Z or an offset is read; America/New_York by default.</summary>
    public DateTimeZone TimeZone { get; init; } = RecordingContext.NewYork;

    /// <summary>Gets the service types whose names are read beside codes; <see cref="ServiceTypeCatalog.Standard"/> by default.</summary>
    public ServiceTypeCatalog ServiceTypes { get; init; } = ServiceTypeCatalog.Standard;

    /// <summary>Gets the languages whose names are read beside codes; <see cref="Language.StandardCatalog"/> by default.</summary>
    public CodeCatalog<Language> Languages { get; init; } = Language.StandardCatalog;

    /// <summary>Gets the locations whose names are read beside codes; <see cref="ServiceLocation.StandardCatalog"/> by default.</summary>
    public CodeCatalog<ServiceLocation> Locations { get; init; } = ServiceLocation.StandardCatalog;

    /// <summary>Gets the service descriptions whose names are read beside codes; <see cref="ServiceDescription.ParaprofessionalCatalog"/> by default.</summary>
    public CodeCatalog<ServiceDescription> Descriptions { get; init; } = ServiceDescription.ParaprofessionalCatalog;

    /// <summary>Gets the progress indicators whose names are read beside codes; <see cref="ProgressIndicator.StandardCatalog"/> by default.</summary>
    public CodeCatalog<ProgressIndicator> ProgressIndicators { get; init; } = ProgressIndicator.StandardCatalog;

    /// <summary>
    /// Gets NodaTime date patterns read after ISO yyyy-MM-dd, in order, such as "MM/dd/yyyy"; none by default.
    /// Patterns use the invariant culture.
    /// </summary>
    public IReadOnlyList<string> DatePatterns { get; init; } = [];

    /// <summary>Gets NodaTime time patterns read after HH:mm and HH:mm:ss, such as "h:mm tt"; none by default.</summary>
    public IReadOnlyList<string> TimePatterns { get; init; } = [];

    /// <summary>
    /// Gets NodaTime local date-time patterns for the certification instant, read in <see cref="TimeZone"/> after the
    /// ISO forms, such as "MM/dd/yyyy HH:mm"; none by default.
    /// </summary>
    public IReadOnlyList<string> DateTimePatterns { get; init; } = [];
}

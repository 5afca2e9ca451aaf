using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Sesis.Rules;

/// <summary>Registers Sesis.Rules in a <see cref="IServiceCollection"/>.</summary>
/// <remarks>
/// <para>Registered, all singletons (immutable and thread-safe):</para>
/// <list type="bullet">
/// <item><description><see cref="RecordingContext"/>, built once from <see cref="SesisRulesOptions"/> and the services below.</description></item>
/// <item><description><see cref="ServiceRecordValidator"/>, also as <see cref="IServiceRecordValidator"/>, and <see cref="BatchValidator"/>, on that context.</description></item>
/// <item><description><see cref="IClock"/> (<see cref="SystemClock.Instance"/>), <see cref="IProviderDirectory"/>,
/// <see cref="ICaseload"/> and <see cref="IServiceSchedules"/> (empty in-memory ones), only when the host has not
/// registered its own: the host's, registered before or after this call, are the ones the context reads.</description></item>
/// </list>
/// <para>
/// The options are checked when the app starts (<c>ValidateOnStart</c>): a wrong school kind, an unknown calendar
/// name or severity code fails the start with a message naming the configuration key. In an app without a host,
/// the check runs when the context or a validator is first resolved.
/// </para>
/// <para>
/// A <see cref="ServiceRecordWorkflow"/> is not registered: it is not thread-safe. Build one per record being worked
/// on, with the registered <see cref="IServiceRecordValidator"/>.
/// </para>
/// </remarks>
public static class SesisRulesServiceCollectionExtensions
{
    /// <summary>Registers Sesis.Rules with settings bound from a configuration section.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">
    /// The section holding the settings, such as <c>builder.Configuration.GetSection("SesisRules")</c>
    /// (<see cref="SesisRulesOptions.SectionName"/>); messages name keys under its path.
    /// </param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddSesisRules(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var prefix = configuration is IConfigurationSection { Path.Length: > 0 } section ? section.Path + ":" : string.Empty;
        services.AddOptions<SesisRulesOptions>().Bind(configuration).ValidateOnStart();
        return AddCore(services, prefix);
    }

    /// <summary>Registers Sesis.Rules with every default: no calendar, Elementary, New York, the in-memory lookups.</summary>
    /// <param name="services">The services.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddSesisRules(this IServiceCollection services) => services.AddSesisRules(static _ => { });

    /// <summary>Registers Sesis.Rules with settings given in code, checked as configuration is.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddSesisRules(this IServiceCollection services, Action<SesisRulesOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<SesisRulesOptions>().Configure(configure).ValidateOnStart();
        return AddCore(services, nameof(SesisRulesOptions) + ".");
    }

    private static IServiceCollection AddCore(IServiceCollection services, string prefix)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SesisRulesOptions>>(new SesisRulesOptionsValidator(prefix)));
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton<IProviderDirectory>(ProviderDirectory.Empty);
        services.TryAddSingleton<ICaseload>(Caseload.Empty);
        services.TryAddSingleton<IServiceSchedules>(ServiceSchedules.Empty);
        services.TryAddSingleton(provider => BuildContext(provider, prefix));
        services.TryAddSingleton(static provider => new ServiceRecordValidator(provider.GetRequiredService<RecordingContext>()));
        services.TryAddSingleton<IServiceRecordValidator>(static provider => provider.GetRequiredService<ServiceRecordValidator>());
        services.TryAddSingleton(static provider => new BatchValidator(provider.GetRequiredService<IServiceRecordValidator>()));
        return services;
    }

    private static RecordingContext BuildContext(IServiceProvider provider, string prefix)
    {
        // Reading Value runs the validator: a wrong setting throws OptionsValidationException naming its key.
        var options = provider.GetRequiredService<IOptions<SesisRulesOptions>>().Value;
        var errors = new List<string>();
        var settings = SesisRulesSettings.Read(options, prefix, errors)
            ?? throw new OptionsValidationException(Options.DefaultName, typeof(SesisRulesOptions), errors);
        return new RecordingContext
        {
            Clock = provider.GetRequiredService<IClock>(),
            TimeZone = settings.TimeZone,
            Calendar = settings.Calendar,
            SchoolKind = settings.SchoolKind,
            Providers = provider.GetRequiredService<IProviderDirectory>(),
            Caseload = provider.GetRequiredService<ICaseload>(),
            Schedules = provider.GetRequiredService<IServiceSchedules>(),
            EntryWindowMonths = settings.EntryWindowMonths,
            EntryWindowStart = settings.EntryWindowStart,
            RequireOsisStudentIds = settings.RequireOsisStudentIds,
            SeverityOverrides = settings.SeverityOverrides,
        };
    }
}
